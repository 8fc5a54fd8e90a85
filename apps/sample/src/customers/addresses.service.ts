import { Injectable } from '@nestjs/common';
import {
  ItemNotFoundError,
  Monotable,
  Repository,
  TransactionCanceledError,
  type CreateData,
  type Page,
} from '@monotable/core';
import { InjectMonotable, InjectRepository } from '@monotable/nestjs';
import { ulid } from 'ulid';
import { entityRef } from '../common';
import { Address, Customer } from '../model';
import type { CreateAddressDto } from './dto';

@Injectable()
export class AddressesService {
  constructor(
    @InjectMonotable() private readonly db: Monotable,
    @InjectRepository(Address) private readonly addresses: Repository<Address>,
  ) {}

  /**
   * One TransactWriteItems: checks that the customer exists and stores the address, so no
   * address is ever written for an unknown customer (→ 404).
   */
  async add(customerId: string, data: CreateAddressDto): Promise<Address> {
    const address: CreateData<Address> = { ...data, customerId, id: ulid() };
    try {
      await this.db.transaction((tx) => {
        tx.check(Customer, { id: customerId }, { id: { exists: true } });
        tx.create(Address, address);
      });
    } catch (error) {
      const customerMissing =
        error instanceof TransactionCanceledError &&
        error.reasons.some((r) => r.index === 0 && r.code === 'ConditionalCheckFailed');
      if (customerMissing) {
        throw new ItemNotFoundError(
          'Customer',
          { id: customerId },
          { cause: error, slots: { id: customerId } },
        );
      }
      throw error;
    }
    return Object.assign(new Address(), address);
  }

  /** One Query on the customer's partition, sort keys beginning with ADDRESS#. */
  list(customerId: string, limit: number, cursor?: string): Promise<Page<Address>> {
    return this.db
      .relation(entityRef(Customer, { id: customerId }), 'addresses')
      .list({ limit, cursor });
  }

  /** One DeleteItem; 404 when there was no such address. */
  async remove(customerId: string, id: string): Promise<void> {
    const deleted = await this.addresses.delete({ customerId, id });
    if (!deleted)
      throw new ItemNotFoundError('Address', { customerId, id }, { slots: { customerId, id } });
  }
}
