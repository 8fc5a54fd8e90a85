import type { CreateData } from '@monotable/core';
import { MonotableTestingHarness } from '@monotable/nestjs/testing';
import { OrderLine, Product } from '../model';
import { SalesCounter } from './sales-counter';
import { useShopTestingModule } from '../../test/support/shop-testing-module';

const hammer = { sku: 'hammer', name: 'Claw hammer', category: 'tools', price: 1990, stock: 40 };

function line(orderId: string, quantity: number): CreateData<OrderLine> {
  return {
    orderId,
    sku: 'hammer',
    customerId: 'ada',
    productName: 'Claw hammer',
    quantity,
    unitPrice: 1990,
    placedAt: new Date('2026-01-01T00:00:00Z'),
  };
}

describe('SalesCounter on the in-process engine', () => {
  const shop = useShopTestingModule([], [SalesCounter]);
  let counter: SalesCounter;
  let harness: MonotableTestingHarness;
  const sold = async () =>
    (await harness.db.getRepository(Product).getOrFail({ sku: 'hammer' })).sold;

  beforeEach(async () => {
    counter = shop.get(SalesCounter);
    harness = shop.harness();
    await harness.seed(Product, [hammer]);
  });

  test('counts a line once, in one transaction; the same line again writes nothing', async () => {
    const [first] = await harness.seed(OrderLine, [line('o1', 3)]);
    harness.engine.requests.length = 0;

    expect(await counter.count(first)).toBe(true);
    expect(await counter.count(first)).toBe(false);
    expect(harness.engine.requests.map((request) => request.operation)).toEqual([
      'TransactWriteItems',
      'TransactWriteItems',
    ]);
    expect(await sold()).toBe(3);
  });

  test('as a stream handler it counts every line, and a second delivery of them all adds nothing', async () => {
    const { streams } = harness.engine;
    const first = streams.subscribe(harness.db.tableName, counter.handler);
    await harness.seed(OrderLine, [line('o1', 2), line('o2', 5), line('o3', 1)]);
    await streams.drain();
    expect(await sold()).toBe(8);

    // A second event source reading the stream from its start: every line arrives again.
    const again = streams.subscribe(harness.db.tableName, counter.handler);
    await streams.drain();
    expect(await sold()).toBe(8);
    expect([...first.discarded, ...again.discarded]).toEqual([]);
    first.unsubscribe();
    again.unsubscribe();
  });
});
