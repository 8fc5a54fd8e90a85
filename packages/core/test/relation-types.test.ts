/**
 * Compile-only assertions on the public relation types (checked by `tsc`); the test itself only
 * makes sure the file is part of the suite.
 */
import type { Monotable, Page, Related, RelationKey, WithRelations } from '../src';
import { Customer } from './fixtures/shop';
import type { Address, Cart, Order, OrderLine, Product } from './fixtures/shop';

type Equals<A, B> =
  (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;
const assert = <T extends true>(): T => true as T;

assert<Equals<RelationKey<Order>, 'customer' | 'lines' | 'products'>>();
assert<Equals<Related<Customer, 'orders' | 'cart'>, Order | Cart>>();
assert<Equals<WithRelations<Customer, never>, Customer>>();
assert<Equals<WithRelations<Customer, 'orders'>['orders'], Order[]>>();
assert<Equals<WithRelations<Customer, 'cart'>['cart'], Cart | undefined>>();

export async function usage(db: Monotable, customer: Customer, order: Order) {
  const customers = db.getRepository(Customer);
  const loaded = await customers.getOrFail({ id: 'c1' }, { include: ['orders', 'addresses'] });
  assert<Equals<typeof loaded.orders, Order[]>>();
  assert<Equals<typeof loaded.addresses, Address[]>>();
  const plain = await customers.get({ id: 'c1' });
  assert<Equals<typeof plain, Customer | undefined>>();
  // @ts-expect-error 'email' holds no related entity
  await customers.get({ id: 'c1' }, { include: ['email'] });
  const page = await customers.collection({ id: 'c1' }, { include: ['orders', 'cart'] });
  assert<Equals<typeof page, Page<Customer | Order | Cart>>>();
  const products = await db.relation(order, 'products').list({ limit: 10 });
  assert<Equals<typeof products.items, Product[]>>();
  const lines = await db.relation(order, 'lines').list({ where: { sku: { beginsWith: 'p' } } });
  assert<Equals<typeof lines.items, OrderLine[]>>();
  // @ts-expect-error where is typed by the related entity
  await db.relation(customer, 'orders').list({ where: { sku: 'p1' } });
  return { loaded, plain, page, products, lines };
}

test('relation types compile', () => {
  expect(typeof usage).toBe('function');
});
