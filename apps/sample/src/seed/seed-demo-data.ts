import type { INestApplicationContext } from '@nestjs/common';
import type { Repository } from '@monotable/core';
import { getRepositoryToken } from '@monotable/nestjs';
import { AddressesService } from '../customers/addresses.service';
import { Customer, ORDER_STATUSES } from '../model';
import { OrdersService } from '../orders/orders.service';
import { PlaceOrderService } from '../orders/place-order.service';
import { ProductsService } from '../products/products.service';
import { DEMO_ADDRESSES, DEMO_CUSTOMERS, DEMO_ORDERS, DEMO_PRODUCTS } from './demo-data';

/**
 * Writes the demo shop through the app's own services (orders are real transactions that take
 * stock). Does nothing when the demo customers exist already. Returns whether it wrote.
 */
export async function seedDemoData(app: INestApplicationContext): Promise<boolean> {
  const customers = app.get<Repository<Customer>>(getRepositoryToken(Customer));
  if (await customers.get({ id: DEMO_CUSTOMERS[0].id })) return false;

  const products = app.get(ProductsService);
  for (const product of DEMO_PRODUCTS) await products.create(product);
  // Through the repository: the API generates ids, the demo wants readable ones.
  for (const customer of DEMO_CUSTOMERS) await customers.create(customer);
  const addresses = app.get(AddressesService);
  for (const { customerId, ...address } of DEMO_ADDRESSES) await addresses.add(customerId, address);

  const placing = app.get(PlaceOrderService);
  const orders = app.get(OrdersService);
  for (const { customerId, lines, status } of DEMO_ORDERS) {
    const order = await placing.place(customerId, { lines });
    for (const next of ORDER_STATUSES.slice(1, ORDER_STATUSES.indexOf(status) + 1)) {
      await orders.changeStatus(customerId, order.id, next);
    }
  }
  return true;
}
