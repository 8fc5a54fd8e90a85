import { Injectable } from '@nestjs/common';
import { increment, Monotable, Repository, type UpdateChanges } from '@monotable/core';
import { InjectMonotable, InjectRepository } from '../../src';
import { Customer, Order } from './shop.model';

@Injectable()
export class CustomersService {
  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @InjectMonotable() private readonly db: Monotable,
  ) {}

  register(customer: Customer): Promise<Customer> {
    return this.customers.create(customer);
  }

  find(id: string): Promise<Customer> {
    return this.customers.getOrFail({ id });
  }

  change(
    id: string,
    changes: UpdateChanges<Customer>,
    expectedVersion?: number,
  ): Promise<Customer> {
    return this.customers.update({ id }, changes, { expectedVersion });
  }

  /** A programming mistake monotable refuses at runtime: a full-table scan without allowScan. */
  scanEverything(): Promise<unknown> {
    return this.customers.scan({} as { allowScan: true });
  }

  redeem(id: string, points: number): Promise<Customer> {
    return this.customers.update(
      { id },
      { points: increment(-points) },
      { condition: { points: { gte: points } } },
    );
  }

  /** One transaction: the order and the customer's points; fails when the customer is unknown. */
  async placeOrder(customerId: string, total: number): Promise<Order[]> {
    await this.db.transaction((tx) => {
      tx.create(Order, { customerId, total });
      tx.update(Customer, { id: customerId }, { points: increment(total) });
    });
    return (await this.orders.query({ customerId })).items;
  }
}
