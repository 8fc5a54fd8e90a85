import { ConditionalCheckFailedError } from '@monotable/core';
import type { MonotableTestingHarness } from '@monotable/nestjs/testing';
import { newOrderId, Order, OrderLine, type OrderStatus } from '../model';
import { OrdersModule } from './orders.module';
import { OrdersService } from './orders.service';
import { useShopTestingModule } from '../../test/support/shop-testing-module';

/** An order of ada placed `minute` minutes after midnight. */
function order(minute: number, status: OrderStatus = 'placed') {
  const placedAt = new Date(Date.UTC(2026, 0, 1, 0, minute));
  return {
    customerId: 'ada',
    id: newOrderId(placedAt),
    status,
    total: 100,
    itemCount: 1,
    placedAt,
  };
}

describe('OrdersService on the in-process engine (MonotableTestingModule)', () => {
  const shop = useShopTestingModule([OrdersModule]);
  let service: OrdersService;
  let harness: MonotableTestingHarness;

  const operations = () => harness.engine.requests.map((request) => request.operation);

  beforeEach(async () => {
    service = shop.get(OrdersService);
    harness = shop.harness();
  });

  test("lists a customer's orders newest first, all or with one status, one Query a page", async () => {
    const [first, second, third] = await harness.seed(Order, [
      order(1, 'paid'),
      order(2),
      order(3, 'paid'),
    ]);
    harness.engine.requests.length = 0;

    const newest = await service.list('ada', { limit: 2 });
    expect(newest.items.map((o) => o.id)).toEqual([third.id, second.id]);
    const rest = await service.list('ada', { limit: 2, cursor: newest.cursor });
    expect(rest.items.map((o) => o.id)).toEqual([first.id]);
    const paid = await service.list('ada', { status: 'paid', limit: 10 });
    expect(paid.items.map((o) => o.id)).toEqual([third.id, first.id]);
    expect(operations()).toEqual(['Query', 'Query', 'Query']);
  });

  test('reads an order, with its lines on request', async () => {
    const [placed] = await harness.seed(Order, [order(1)]);
    await harness.seed(OrderLine, [
      {
        orderId: placed.id,
        sku: 'hammer',
        customerId: 'ada',
        productName: 'Claw hammer',
        quantity: 1,
        unitPrice: 100,
        placedAt: placed.placedAt,
      },
    ]);
    expect((await service.find('ada', placed.id)).lines).toBeUndefined();
    const withLines = await service.find('ada', placed.id, ['lines']);
    expect(withLines.lines?.map((line) => line.sku)).toEqual(['hammer']);
  });

  test('moves an order one status forward; skipping a status is refused', async () => {
    const [placed] = await harness.seed(Order, [order(1)]);
    expect(await service.changeStatus('ada', placed.id, 'paid')).toMatchObject({ status: 'paid' });
    await expect(service.changeStatus('ada', placed.id, 'delivered')).rejects.toThrow(
      ConditionalCheckFailedError,
    );
    expect((await service.find('ada', placed.id)).status).toBe('paid');
  });
});
