import { Test } from '@nestjs/testing';
import { ItemNotFoundError, TransactionCanceledError } from '@monotable/core';
import { getMonotableToken, getRepositoryToken } from '@monotable/nestjs';
import type { MonotableTestingHarness } from '@monotable/nestjs/testing';
import { Address, Customer } from '../model';
import { AddressesService } from './addresses.service';
import { CustomersModule } from './customers.module';
import { useShopTestingModule } from '../../test/support/shop-testing-module';

const home = {
  label: 'home',
  street: '1 Main St',
  city: 'Oslo',
  postalCode: '0150',
  country: 'NO',
};

describe('AddressesService on the in-process engine (MonotableTestingModule)', () => {
  const shop = useShopTestingModule([CustomersModule]);
  let service: AddressesService;
  let harness: MonotableTestingHarness;

  beforeEach(async () => {
    service = shop.get(AddressesService);
    harness = shop.harness();
    await harness.seed(Customer, [{ id: 'ada', email: 'ada@example.com', name: 'Ada' }]);
    harness.engine.requests.length = 0;
  });

  test("adds, lists and removes a customer's addresses", async () => {
    const address = await service.add('ada', home);
    expect(harness.engine.requests.map((request) => request.operation)).toEqual([
      'TransactWriteItems',
    ]);
    expect((await service.list('ada', 10)).items).toEqual([address]);
    await service.remove('ada', address.id);
    expect((await service.list('ada', 10)).items).toEqual([]);
    await expect(service.remove('ada', address.id)).rejects.toThrow(ItemNotFoundError);
  });

  test('an unknown customer is not found, and no address is written', async () => {
    await expect(service.add('nobody', home)).rejects.toMatchObject({
      code: 'ITEM_NOT_FOUND',
      entity: 'Customer',
    });
    expect((await service.list('nobody', 10)).items).toEqual([]);
  });
});

describe('AddressesService with fakes (getMonotableToken, getRepositoryToken)', () => {
  async function serviceWhoseTransactionFails(error: Error): Promise<AddressesService> {
    const db = { transaction: jest.fn(async () => Promise.reject(error)) };
    const moduleRef = await Test.createTestingModule({
      providers: [
        AddressesService,
        { provide: getMonotableToken(), useValue: db },
        { provide: getRepositoryToken(Address), useValue: {} },
      ],
    }).compile();
    return moduleRef.get(AddressesService);
  }

  test('a failed check of the customer (the first operation) means: no such customer', async () => {
    const canceled = new TransactionCanceledError([
      { index: 0, operation: 'check', entity: 'Customer', code: 'ConditionalCheckFailed' },
    ]);
    const service = await serviceWhoseTransactionFails(canceled);
    const refused = service.add('ada', home);
    await expect(refused).rejects.toThrow(ItemNotFoundError);
    await expect(refused).rejects.toMatchObject({ entity: 'Customer', cause: canceled });
  });

  test('any other cancellation is passed on as it is', async () => {
    const conflict = new TransactionCanceledError([
      { index: 1, operation: 'create', entity: 'Address', code: 'TransactionConflict' },
    ]);
    const service = await serviceWhoseTransactionFails(conflict);
    await expect(service.add('ada', home)).rejects.toBe(conflict);
  });
});
