import { Injectable } from '@nestjs/common';
import { Monotable, Repository, type Page } from '@monotable/core';
import { InjectMonotable, InjectRepository } from '@monotable/nestjs';
import { entityRef } from '../common';
import {
  Customer,
  MAX_LINES_PER_ORDER,
  Order,
  OrderLine,
  previousStatus,
  type OrderStatus,
} from '../model';

@Injectable()
export class OrdersService {
  constructor(
    @InjectMonotable() private readonly db: Monotable,
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @InjectRepository(OrderLine) private readonly lines: Repository<OrderLine>,
  ) {}

  /**
   * A customer's orders, newest first: one Query on the customer's partition (sort keys
   * ORDER#<time-sorted id>, descending), or with a status one Query on GSI1
   * (`ORDER#<status>#<id>`).
   */
  list(
    customerId: string,
    options: { status?: OrderStatus; limit: number; cursor?: string },
  ): Promise<Page<Order>> {
    const { status, limit, cursor } = options;
    if (status === undefined) {
      return this.db
        .relation(entityRef(Customer, { id: customerId }), 'orders')
        .list({ order: 'desc', limit, cursor });
    }
    return this.orders.query(
      { customerId },
      { index: 'GSI1', where: { status }, order: 'desc', limit, cursor },
    );
  }

  /** GetItem; `include: ['lines']` adds one Query on the order's own partition. */
  async find(customerId: string, id: string, include: readonly 'lines'[] = []): Promise<Order> {
    const order = await this.orders.getOrFail({ customerId, id });
    if (include.includes('lines')) {
      order.lines = (await this.lines.query({ orderId: id }, { limit: MAX_LINES_PER_ORDER })).items;
    }
    return order;
  }

  /**
   * One UpdateItem, on the condition that the order is in the status before `next` (otherwise
   * 409). monotable moves the item's GSI1 key to the new status.
   */
  changeStatus(customerId: string, id: string, next: OrderStatus): Promise<Order> {
    return this.orders.update(
      { customerId, id },
      { status: next },
      { condition: { status: previousStatus(next) } },
    );
  }
}
