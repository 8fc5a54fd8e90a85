import { Body, Controller, Get, Headers, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { KeySegmentPipe, versionFromIfMatch, versionTag } from '../common';
import { Customer } from '../model';
import { CustomersService } from './customers.service';
import { CreateCustomerDto, GetCustomerQuery, UpdateCustomerDto } from './dto';

/**
 * Customers; responses carry the version as ETag, and PATCH takes it back in If-Match. A read
 * with `?include=` is tagged by its body instead: see `find`.
 */
@ApiTags('customers')
@Controller('customers')
export class CustomersController {
  constructor(private readonly service: CustomersService) {}

  @Post()
  @ApiOperation({ summary: 'Register a customer (the email is unique)' })
  @ApiBody({ type: CreateCustomerDto })
  @ApiCreatedResponse({ type: Customer, description: 'ETag: the version' })
  async register(
    @Body() body: CreateCustomerDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Customer> {
    return tagged(response, await this.service.register(body));
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a customer, with ?include=addresses,orders in the same Query' })
  @ApiOkResponse({ type: Customer, description: 'ETag: the version (without ?include=)' })
  async find(
    @Param('id', KeySegmentPipe) id: string,
    @Query() query: GetCustomerQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Customer> {
    const customer = await this.service.find(id, query.include);
    // The included addresses and orders change without the customer's version (a new order
    // leaves it at 1), so the version cannot tag this body: a client holding `"1"` would be told
    // 304 and keep the stale orders. Left untagged here, Express tags it with a hash of the body
    // as it does every other GET, and If-None-Match answers 304 only while the body is the same.
    return query.include?.length ? customer : tagged(response, customer);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Rename a customer or change their email' })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The version read before, e.g. "3": a customer changed since is a 409',
  })
  @ApiBody({ type: UpdateCustomerDto })
  @ApiOkResponse({ type: Customer, description: 'ETag: the new version' })
  async change(
    @Param('id', KeySegmentPipe) id: string,
    @Body() body: UpdateCustomerDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Customer> {
    const customer = await this.service.change(id, body, versionFromIfMatch(ifMatch));
    return tagged(response, customer);
  }
}

function tagged(response: Response, customer: Customer): Customer {
  response.setHeader('ETag', versionTag(customer.version));
  return customer;
}
