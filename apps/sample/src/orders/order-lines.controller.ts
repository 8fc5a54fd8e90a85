import { Controller, Get, Param, Query } from '@nestjs/common';
import type { Page } from '@monotable/core';
import { KeySegmentPipe, PageQuery } from '../common';
import type { OrderLine } from '../model';
import { OrderLinesService } from './order-lines.service';

/** The orders ↔ products many-to-many, read from either side. */
@Controller()
export class OrderLinesController {
  constructor(private readonly lines: OrderLinesService) {}

  /** Products of an order, with quantity and price. */
  @Get('orders/:orderId/lines')
  ofOrder(
    @Param('orderId', KeySegmentPipe) orderId: string,
    @Query() query: PageQuery,
  ): Promise<Page<OrderLine>> {
    return this.lines.ofOrder(orderId, query.limit, query.cursor);
  }

  /** Orders containing a product, newest first. */
  @Get('products/:sku/orders')
  ofProduct(
    @Param('sku', KeySegmentPipe) sku: string,
    @Query() query: PageQuery,
  ): Promise<Page<OrderLine>> {
    return this.lines.ofProduct(sku, query.limit, query.cursor);
  }
}
