import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Page } from '@monotable/core';
import { ApiPageResponse, KeySegmentPipe, PageQuery } from '../common';
import { Address } from '../model';
import { AddressesService } from './addresses.service';
import { CreateAddressDto } from './dto';

@ApiTags('customers')
@Controller('customers/:customerId/addresses')
export class AddressesController {
  constructor(private readonly service: AddressesService) {}

  @Post()
  @ApiOperation({ summary: 'Add an address (the customer must exist)' })
  @ApiBody({ type: CreateAddressDto })
  @ApiCreatedResponse({ type: Address })
  add(
    @Param('customerId', KeySegmentPipe) customerId: string,
    @Body() body: CreateAddressDto,
  ): Promise<Address> {
    return this.service.add(customerId, body);
  }

  @Get()
  @ApiOperation({ summary: "A customer's addresses" })
  @ApiPageResponse(Address)
  list(
    @Param('customerId', KeySegmentPipe) customerId: string,
    @Query() query: PageQuery,
  ): Promise<Page<Address>> {
    return this.service.list(customerId, query.limit, query.cursor);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an address' })
  @ApiNoContentResponse({ description: 'Deleted' })
  async remove(
    @Param('customerId', KeySegmentPipe) customerId: string,
    @Param('id', KeySegmentPipe) id: string,
  ): Promise<void> {
    await this.service.remove(customerId, id);
  }
}
