import { Injectable } from '@nestjs/common';
import { Monotable, Repository, type Page } from '@monotable/core';
import { InjectMonotable, InjectRepository } from '@monotable/nestjs';
import { entityRef } from '../common';
import { OrderLine, Product } from '../model';

/**
 * Both directions of the orders ↔ products many-to-many. The edges (order lines) carry what
 * each side shows — product name, quantity, price, customer — so each direction is one Query
 * of edges and never a second request for the items at the other end.
 */
@Injectable()
export class OrderLinesService {
  constructor(
    @InjectMonotable() private readonly db: Monotable,
    @InjectRepository(OrderLine) private readonly lines: Repository<OrderLine>,
  ) {}

  /** Products of an order: one Query on the order's partition (ORDER#<id>). */
  ofOrder(orderId: string, limit: number, cursor?: string): Promise<Page<OrderLine>> {
    return this.lines.query({ orderId }, { limit, cursor });
  }

  /** Orders containing a product, newest first: one Query on GSI1 (PRODUCT#<sku>). */
  ofProduct(sku: string, limit: number, cursor?: string): Promise<Page<OrderLine>> {
    return this.db
      .relation(entityRef(Product, { sku }), 'orderLines')
      .list({ order: 'desc', limit, cursor });
  }
}
