import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page } from '@monotable/core';
import { ApiPageResponse, KeySegmentPipe } from '../common';
import { Order } from '../model';
import { ChangeOrderStatusDto, GetOrderQuery, ListOrdersQuery, PlaceOrderDto } from './dto';
import { OrdersService } from './orders.service';
import { PlaceOrderService } from './place-order.service';

@ApiTags('orders')
@Controller('customers/:customerId/orders')
export class OrdersController {
  constructor(
    private readonly orders: OrdersService,
    private readonly placing: PlaceOrderService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Place an order: the stock is checked and taken in one transaction' })
  @ApiBody({ type: PlaceOrderDto })
  @ApiCreatedResponse({ type: Order, description: 'The order with its lines' })
  place(
    @Param('customerId', KeySegmentPipe) customerId: string,
    @Body() body: PlaceOrderDto,
  ): Promise<Order> {
    return this.placing.place(customerId, body);
  }

  @Get()
  @ApiOperation({ summary: "A customer's orders, newest first, optionally with one status" })
  @ApiPageResponse(Order)
  list(
    @Param('customerId', KeySegmentPipe) customerId: string,
    @Query() query: ListOrdersQuery,
  ): Promise<Page<Order>> {
    return this.orders.list(customerId, query);
  }

  @Get(':orderId')
  @ApiOperation({ summary: 'Get an order, with ?include=lines its lines' })
  @ApiOkResponse({ type: Order })
  find(
    @Param('customerId', KeySegmentPipe) customerId: string,
    @Param('orderId', KeySegmentPipe) orderId: string,
    @Query() query: GetOrderQuery,
  ): Promise<Order> {
    return this.orders.find(customerId, orderId, query.include);
  }

  @Patch(':orderId')
  @ApiOperation({ summary: 'Move an order to its next status' })
  @ApiBody({ type: ChangeOrderStatusDto })
  @ApiOkResponse({ type: Order })
  changeStatus(
    @Param('customerId', KeySegmentPipe) customerId: string,
    @Param('orderId', KeySegmentPipe) orderId: string,
    @Body() body: ChangeOrderStatusDto,
  ): Promise<Order> {
    return this.orders.changeStatus(customerId, orderId, body.status);
  }
}
