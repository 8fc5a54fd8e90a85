import type { MonotableTestingHarness } from '@monotable/nestjs/testing';
import { newOrderId, OrderLine } from '../model';
import { OrderLinesService } from './order-lines.service';
import { OrdersModule } from './orders.module';
import { useShopTestingModule } from '../../test/support/shop-testing-module';

/** An order placed `minute` minutes after midnight: its id and time. */
function orderAt(minute: number) {
  const placedAt = new Date(Date.UTC(2026, 0, 1, 0, minute));
  return { orderId: newOrderId(placedAt), placedAt };
}

/** A line of `sku` in `order`. */
function line(order: { orderId: string; placedAt: Date }, sku: string) {
  return { ...order, sku, customerId: 'ada', productName: sku, quantity: 1, unitPrice: 100 };
}

describe('OrderLinesService on the in-process engine (MonotableTestingModule)', () => {
  const shop = useShopTestingModule([OrdersModule]);
  let service: OrderLinesService;
  let harness: MonotableTestingHarness;

  beforeEach(async () => {
    service = shop.get(OrderLinesService);
    harness = shop.harness();
  });

  test('reads the many-to-many from both sides, one Query each', async () => {
    const first = orderAt(1);
    const second = orderAt(2);
    await harness.seed(OrderLine, [
      line(first, 'hammer'),
      line(first, 'tongs'),
      line(second, 'hammer'),
    ]);
    harness.engine.requests.length = 0;

    const ofOrder = await service.ofOrder(first.orderId, 10);
    expect(ofOrder.items.map((l) => l.sku)).toEqual(['hammer', 'tongs']);
    const ofProduct = await service.ofProduct('hammer', 10);
    expect(ofProduct.items.map((l) => l.orderId)).toEqual([second.orderId, first.orderId]);
    expect(harness.engine.requests.map((request) => request.operation)).toEqual(['Query', 'Query']);
  });
});
