import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page } from '@monotable/core';
import { ApiPageResponse, KeySegmentPipe, PageQuery } from '../common';
import { OrderLine } from '../model';
import { OrderLinesService } from './order-lines.service';

/** The orders ↔ products many-to-many, read from either side. */
@ApiTags('orders')
@Controller()
export class OrderLinesController {
  constructor(private readonly lines: OrderLinesService) {}

  /** Products of an order, with quantity and price. */
  @Get('orders/:orderId/lines')
  @ApiOperation({ summary: 'Products of an order, with quantity and price' })
  @ApiPageResponse(OrderLine)
  ofOrder(
    @Param('orderId', KeySegmentPipe) orderId: string,
    @Query() query: PageQuery,
  ): Promise<Page<OrderLine>> {
    return this.lines.ofOrder(orderId, query.limit, query.cursor);
  }

  /** Orders containing a product, newest first. */
  @Get('products/:sku/orders')
  @ApiOperation({ summary: 'Orders containing a product, newest first' })
  @ApiPageResponse(OrderLine)
  ofProduct(
    @Param('sku', KeySegmentPipe) sku: string,
    @Query() query: PageQuery,
  ): Promise<Page<OrderLine>> {
    return this.lines.ofProduct(sku, query.limit, query.cursor);
  }
}
