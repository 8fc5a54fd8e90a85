import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import type { Page } from '@monotable/core';
import { KeySegmentPipe } from '../common';
import type { Order } from '../model';
import { ChangeOrderStatusDto, GetOrderQuery, ListOrdersQuery, PlaceOrderDto } from './dto';
import { OrdersService } from './orders.service';
import { PlaceOrderService } from './place-order.service';

@Controller('customers/:customerId/orders')
export class OrdersController {
  constructor(
    private readonly orders: OrdersService,
    private readonly placing: PlaceOrderService,
  ) {}

  @Post()
  place(
    @Param('customerId', KeySegmentPipe) customerId: string,
    @Body() body: PlaceOrderDto,
  ): Promise<Order> {
    return this.placing.place(customerId, body);
  }

  @Get()
  list(
    @Param('customerId', KeySegmentPipe) customerId: string,
    @Query() query: ListOrdersQuery,
  ): Promise<Page<Order>> {
    return this.orders.list(customerId, query);
  }

  @Get(':orderId')
  find(
    @Param('customerId', KeySegmentPipe) customerId: string,
    @Param('orderId', KeySegmentPipe) orderId: string,
    @Query() query: GetOrderQuery,
  ): Promise<Order> {
    return this.orders.find(customerId, orderId, query.include);
  }

  @Patch(':orderId')
  changeStatus(
    @Param('customerId', KeySegmentPipe) customerId: string,
    @Param('orderId', KeySegmentPipe) orderId: string,
    @Body() body: ChangeOrderStatusDto,
  ): Promise<Order> {
    return this.orders.changeStatus(customerId, orderId, body.status);
  }
}
