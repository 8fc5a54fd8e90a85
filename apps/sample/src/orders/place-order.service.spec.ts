import { ConflictException } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ItemNotFoundError, TransactionCanceledError } from '@monotable/core';
import { getMonotableToken, getRepositoryToken } from '@monotable/nestjs';
import type { MonotableTestingHarness } from '@monotable/nestjs/testing';
import { Customer, Product } from '../model';
import { OrdersModule } from './orders.module';
import { OrdersService } from './orders.service';
import { PlaceOrderService } from './place-order.service';
import { useShopTestingModule } from '../../test/support/shop-testing-module';

const products = [
  { sku: 'hammer', name: 'Claw hammer', category: 'tools', price: 1990, stock: 5 },
  { sku: 'gloves', name: 'Gloves', category: 'clothing', price: 1450, stock: 1 },
];

describe('PlaceOrderService on the in-process engine (MonotableTestingModule)', () => {
  const shop = useShopTestingModule([OrdersModule]);
  let placing: PlaceOrderService;
  let harness: MonotableTestingHarness;

  const operations = () => harness.engine.requests.map((request) => request.operation);
  const stock = async (sku: string) =>
    (await harness.db.getRepository(Product).getOrFail({ sku })).stock;
  const ordersOfAda = async () => (await shop.get(OrdersService).list('ada', { limit: 10 })).items;

  beforeEach(async () => {
    placing = shop.get(PlaceOrderService);
    harness = shop.harness();
    await harness.seed(Customer, [{ id: 'ada', email: 'ada@example.com', name: 'Ada' }]);
    await harness.seed(Product, products);
    harness.engine.requests.length = 0;
  });

  test('reads the products, then writes the order, its lines and the stock in one transaction', async () => {
    const order = await placing.place('ada', {
      lines: [
        { sku: 'hammer', quantity: 2 },
        { sku: 'gloves', quantity: 1 },
      ],
    });
    expect(order).toMatchObject({ status: 'placed', total: 2 * 1990 + 1450, itemCount: 3 });
    expect(order.lines?.map((line) => [line.sku, line.unitPrice])).toEqual([
      ['hammer', 1990],
      ['gloves', 1450],
    ]);
    expect(operations()).toEqual(['BatchGetItem', 'TransactWriteItems']);
    expect([await stock('hammer'), await stock('gloves')]).toEqual([3, 0]);
  });

  test('not enough stock: 409 OUT_OF_STOCK naming the sku, and nothing is written', async () => {
    const refused = placing.place('ada', {
      lines: [
        { sku: 'hammer', quantity: 1 },
        { sku: 'gloves', quantity: 2 },
      ],
    });
    await expect(refused).rejects.toThrow(ConflictException);
    await expect(refused).rejects.toMatchObject({
      response: { code: 'OUT_OF_STOCK', skus: ['gloves'] },
    });
    expect([await stock('hammer'), await stock('gloves')]).toEqual([5, 1]);
    expect(await ordersOfAda()).toEqual([]);
  });

  test('an unknown customer or product is not found, and nothing is written', async () => {
    await expect(
      placing.place('nobody', { lines: [{ sku: 'hammer', quantity: 1 }] }),
    ).rejects.toMatchObject({ code: 'ITEM_NOT_FOUND', entity: 'Customer' });
    harness.engine.requests.length = 0;
    await expect(
      placing.place('ada', { lines: [{ sku: 'anvil', quantity: 1 }] }),
    ).rejects.toMatchObject({ code: 'ITEM_NOT_FOUND', entity: 'Product' });
    expect(operations()).toEqual(['BatchGetItem']);
    expect(await stock('hammer')).toBe(5);
  });
});

describe('PlaceOrderService with fakes (getMonotableToken, getRepositoryToken)', () => {
  test("names the skus whose stock update failed: each line's second operation", async () => {
    // The transaction: 0 the customer check, 1 the order, then per line its create and update.
    const canceled = new TransactionCanceledError([
      { index: 3, operation: 'update', entity: 'Product', code: 'ConditionalCheckFailed' },
      { index: 7, operation: 'update', entity: 'Product', code: 'ConditionalCheckFailed' },
    ]);
    const db = { transaction: jest.fn(async () => Promise.reject(canceled)) };
    const catalog = [
      ...products,
      { sku: 'apron', name: 'Apron', category: 'clothing', price: 3900, stock: 0 },
    ];
    const repository = { batchGet: jest.fn(async () => catalog) };
    const moduleRef = await Test.createTestingModule({
      providers: [
        PlaceOrderService,
        { provide: getMonotableToken(), useValue: db },
        { provide: getRepositoryToken(Product), useValue: repository },
      ],
    }).compile();

    const lines = catalog.map(({ sku }) => ({ sku, quantity: 1 }));
    await expect(moduleRef.get(PlaceOrderService).place('ada', { lines })).rejects.toMatchObject({
      response: { code: 'OUT_OF_STOCK', skus: ['hammer', 'apron'] },
    });
    expect(repository.batchGet).toHaveBeenCalledWith([
      { sku: 'hammer' },
      { sku: 'gloves' },
      { sku: 'apron' },
    ]);
  });

  test('an unknown product stops the order before the transaction', async () => {
    const db = { transaction: jest.fn() };
    const repository = { batchGet: jest.fn(async () => [products[0], undefined]) };
    const moduleRef = await Test.createTestingModule({
      providers: [
        PlaceOrderService,
        { provide: getMonotableToken(), useValue: db },
        { provide: getRepositoryToken(Product), useValue: repository },
      ],
    }).compile();

    const lines = [
      { sku: 'hammer', quantity: 1 },
      { sku: 'anvil', quantity: 1 },
    ];
    await expect(moduleRef.get(PlaceOrderService).place('ada', { lines })).rejects.toThrow(
      ItemNotFoundError,
    );
    expect(db.transaction).not.toHaveBeenCalled();
  });
});
