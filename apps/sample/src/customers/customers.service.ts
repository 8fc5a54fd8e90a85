import { Injectable } from '@nestjs/common';
import { Repository } from '@monotable/core';
import { InjectRepository } from '@monotable/nestjs';
import { invalidProperty } from '../common';
import { Customer } from '../model';
import type { CreateCustomerDto, CustomerRelation, UpdateCustomerDto } from './dto';

@Injectable()
export class CustomersService {
  constructor(@InjectRepository(Customer) private readonly customers: Repository<Customer>) {}

  /**
   * One TransactWriteItems: the customer and the marker item that reserves its email
   * (`@Unique()`); a taken email cancels both (UniqueConstraintError → 409).
   */
  register(customer: CreateCustomerDto): Promise<Customer> {
    return this.customers.create(customer);
  }

  /**
   * GetItem; with `include`, one Query on the customer's partition returns the profile, the
   * addresses and the orders together (an item collection).
   */
  find(id: string, include: readonly CustomerRelation[] = []): Promise<Customer> {
    return this.customers.getOrFail({ id }, { include });
  }

  /**
   * UpdateItem, conditional on the version when `expectedVersion` is given (stale → 409). A new
   * email swaps the unique markers: read, TransactWriteItems, read back.
   */
  change(id: string, body: UpdateCustomerDto, expectedVersion?: number): Promise<Customer> {
    const changes = Object.fromEntries(
      Object.entries(body).filter(([, value]) => value !== undefined),
    );
    if (Object.keys(changes).length === 0) {
      throw invalidProperty('body', 'notEmpty', 'Send at least one of email, name');
    }
    return this.customers.update({ id }, changes, { expectedVersion });
  }
}
