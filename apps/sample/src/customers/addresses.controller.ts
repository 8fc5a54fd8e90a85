import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import type { Page } from '@monotable/core';
import { KeySegmentPipe, PageQuery } from '../common';
import type { Address } from '../model';
import { AddressesService } from './addresses.service';
import { CreateAddressDto } from './dto';

@Controller('customers/:customerId/addresses')
export class AddressesController {
  constructor(private readonly service: AddressesService) {}

  @Post()
  add(
    @Param('customerId', KeySegmentPipe) customerId: string,
    @Body() body: CreateAddressDto,
  ): Promise<Address> {
    return this.service.add(customerId, body);
  }

  @Get()
  list(
    @Param('customerId', KeySegmentPipe) customerId: string,
    @Query() query: PageQuery,
  ): Promise<Page<Address>> {
    return this.service.list(customerId, query.limit, query.cursor);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(
    @Param('customerId', KeySegmentPipe) customerId: string,
    @Param('id', KeySegmentPipe) id: string,
  ): Promise<void> {
    await this.service.remove(customerId, id);
  }
}
