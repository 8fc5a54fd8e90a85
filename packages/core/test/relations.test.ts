import { describeEachBackend } from '@monotable/testing';
import {
  Attribute,
  BelongsTo,
  ConfigurationError,
  Entity,
  HasMany,
  Monotable,
  type RequestLogEvent,
} from '../src';
import { connect } from './fixtures/connect';
import {
  Address,
  Cart,
  Customer,
  Order,
  OrderLine,
  Product,
  Review,
  ShopTable,
  shopEntities,
} from './fixtures/shop';

/** The operations sent since `mark()`, with the index each Query used. */
function requestLog() {
  const events: RequestLogEvent[] = [];
  let start = 0;
  return {
    logger: (event: RequestLogEvent) => events.push(event),
    mark: () => (start = events.length),
    sent: () =>
      events
        .slice(start)
        .map((e) => (e.params.IndexName ? `${e.operation} ${e.params.IndexName}` : e.operation)),
  };
}

describeEachBackend('Relations', (backend) => {
  let db: Monotable;
  const log = requestLog();
  const products: Product[] = [];
  let ada: Customer;
  let first: Order;
  let second: Order;

  beforeAll(async () => {
    db = await connect(backend().client, {
      table: ShopTable,
      entities: shopEntities,
      logger: log.logger,
    });
    const customers = db.getRepository(Customer);
    ada = await customers.create({ id: 'ada', email: 'ada@example.com', name: 'Ada' });
    await customers.create({ id: 'bob', email: 'bob@example.com', name: 'Bob' });
    await db.getRepository(Address).create({ customerId: 'ada', city: 'Oslo' });
    await db.getRepository(Address).create({ customerId: 'ada', city: 'Bergen' });
    await db.getRepository(Cart).create({ customerId: 'ada', items: 3 });
    for (const sku of ['p1', 'p2', 'p3']) {
      products.push(await db.getRepository(Product).create({ sku, title: `Product ${sku}` }));
    }
    const orders = db.getRepository(Order);
    first = await orders.create({ id: 'o1', customerId: 'ada', status: 'paid', total: 30 });
    second = await orders.create({ id: 'o2', customerId: 'ada', status: 'open', total: 10 });
    await db.relation(first, 'products').add(products[0], { quantity: 2 });
    await db.relation(first, 'products').add(products[1]);
    await db.relation(second, 'products').add(products[0]);
    await db.getRepository(Review).create({ sku: 'p1', customerId: 'ada', stars: 5 });
    await db.getRepository(Review).create({ sku: 'p1', customerId: 'bob', stars: 2 });
    await db.getRepository(Review).create({ sku: 'p2', customerId: 'ada', stars: 4 });
  });

  beforeEach(() => log.mark());

  test('a customer with its orders, addresses and cart: ONE Query, each item its own class', async () => {
    const customer = await db
      .getRepository(Customer)
      .getOrFail({ id: 'ada' }, { include: ['orders', 'addresses', 'cart'] });
    expect(log.sent()).toEqual(['Query']);
    expect(customer).toBeInstanceOf(Customer);
    expect(customer.email).toBe('ada@example.com');
    expect(customer.orders.map((o) => [o.constructor, o.id])).toEqual([
      [Order, 'o1'],
      [Order, 'o2'],
    ]);
    expect(customer.addresses.map((a) => a.city).sort()).toEqual(['Bergen', 'Oslo']);
    expect(customer.addresses.every((a) => a instanceof Address)).toBe(true);
    expect(customer.cart).toBeInstanceOf(Cart);
    expect(customer.cart?.items).toBe(3);
  });

  test('a relation held in an index costs one more Query, not one per child', async () => {
    const customer = await db
      .getRepository(Customer)
      .getOrFail({ id: 'ada' }, { include: ['orders', 'reviews'] });
    expect(log.sent().sort()).toEqual(['Query', 'Query GSI1']);
    expect(customer.reviews.map((r) => [r.constructor, r.sku, r.stars])).toEqual([
      [Review, 'p1', 5],
      [Review, 'p2', 4],
    ]);
  });

  test('nested keys: an order with its lines and its products is one Query plus one BatchGetItem', async () => {
    const order = await db
      .getRepository(Order)
      .getOrFail({ customerId: 'ada', id: 'o1' }, { include: ['lines', 'products'] });
    expect(log.sent()).toEqual(['Query', 'BatchGetItem']);
    expect(order.lines.map((l) => [l.constructor, l.sku, l.quantity])).toEqual([
      [OrderLine, 'p1', 2],
      [OrderLine, 'p2', 1],
    ]);
    expect(order.products.map((p) => [p.constructor, p.title])).toEqual([
      [Product, 'Product p1'],
      [Product, 'Product p2'],
    ]);
  });

  test('@BelongsTo loads the parent through its key, alongside the child', async () => {
    const order = await db
      .getRepository(Order)
      .getOrFail({ customerId: 'ada', id: 'o2' }, { include: ['customer'] });
    expect(log.sent()).toEqual(['GetItem', 'GetItem']);
    expect(order.customer).toBeInstanceOf(Customer);
    expect(order.customer?.name).toBe('Ada');
    const line = await db
      .getRepository(OrderLine)
      .getOrFail(
        { customerId: 'ada', orderId: 'o1', sku: 'p2' },
        { include: ['order', 'product'] },
      );
    expect(line.order?.total).toBe(30);
    expect(line.product).toBeInstanceOf(Product);
  });

  test('the other side of a many-to-many: one Query on the inverted index, then the targets by key', async () => {
    const product = await db
      .getRepository(Product)
      .getOrFail({ sku: 'p1' }, { include: ['orders', 'lines', 'reviews'] });
    expect(log.sent().sort()).toEqual(['BatchGetItem', 'Query', 'Query GSI1']);
    expect(product.orders.map((o) => [o.constructor, o.id])).toEqual([
      [Order, 'o1'],
      [Order, 'o2'],
    ]);
    expect(product.lines.map((l) => l.orderId)).toEqual(['o1', 'o2']);
    expect(product.reviews.map((r) => r.stars).sort()).toEqual([2, 5]);
  });

  test('relation pages: limit, cursor, order, where and filter, one Query per page', async () => {
    const orders = db.relation(ada, 'orders');
    const page1 = await orders.list({ limit: 1, order: 'desc' });
    expect(page1.items.map((o) => o.id)).toEqual(['o2']);
    const page2 = await orders.list({ limit: 1, order: 'desc', cursor: page1.cursor });
    expect(page2.items.map((o) => o.id)).toEqual(['o1']);
    expect(log.sent()).toEqual(['Query', 'Query']);
    const paid = await orders.list({ filter: { status: 'paid' } });
    expect(paid.items.map((o) => o.id)).toEqual(['o1']);
    const after = await orders.list({ where: { id: { gt: 'o1' } } });
    expect(after.items.map((o) => o).every((o) => o instanceof Order && o.id === 'o2')).toBe(true);
    const lines = await db.relation(first, 'lines').list();
    expect(lines.items.map((l) => l.sku)).toEqual(['p1', 'p2']);
  });

  test('many-to-many add, list both directions and remove', async () => {
    const p3 = products[2];
    await db.relation(second, 'products').add(p3, { quantity: 4 });
    expect(log.sent()).toEqual(['PutItem']);
    log.mark();
    const orders = await db.relation(p3, 'orders').list();
    expect(log.sent()).toEqual(['Query GSI1', 'BatchGetItem']);
    expect(orders.items.map((o) => [o.constructor, o.id])).toEqual([[Order, 'o2']]);
    const ofOrder = await db.relation(second, 'products').list();
    expect(ofOrder.items.map((p) => p.sku)).toEqual(['p1', 'p3']);
    log.mark();
    await db.relation(second, 'products').remove(p3);
    expect(log.sent()).toEqual(['DeleteItem']);
    expect((await db.relation(p3, 'orders').list()).items).toEqual([]);
  });

  test('a collection query returns several entity types as a typed union, paged', async () => {
    const customers = db.getRepository(Customer);
    const page = await customers.collection({ id: 'ada' }, { include: ['orders', 'addresses'] });
    expect(log.sent()).toEqual(['Query']);
    const kinds = page.items.map((item) => item.constructor.name);
    expect(kinds).toEqual(['Address', 'Address', 'Order', 'Order', 'Customer']);
    const totals = page.items.flatMap((item) => (item instanceof Order ? [item.total] : []));
    expect(totals).toEqual([30, 10]);
    const first2 = await customers.collection(
      { id: 'ada' },
      { include: ['orders', 'addresses'], limit: 2 },
    );
    const next = await customers.collection(
      { id: 'ada' },
      { include: ['orders', 'addresses'], limit: 10, cursor: first2.cursor },
    );
    expect([...first2.items, ...next.items].map((i) => i.constructor.name)).toEqual(kinds);
    expect(next.cursor).toBeUndefined();
    const nested = await db
      .getRepository(Order)
      .collection({ customerId: 'ada' }, { include: ['lines'] });
    expect(nested.items.map((i) => i.constructor.name)).toEqual([
      'Order',
      'OrderLine',
      'OrderLine',
      'Order',
      'OrderLine',
    ]);
  });

  test('an absent owner is undefined, and a loaded entity can be written back', async () => {
    const customers = db.getRepository(Customer);
    expect(
      await customers.get({ id: 'nobody' }, { include: ['orders', 'reviews'] }),
    ).toBeUndefined();
    const bob = await customers.getOrFail({ id: 'bob' }, { include: ['orders', 'cart'] });
    expect(bob.orders).toEqual([]);
    expect(bob.cart).toBeUndefined();
    const saved = await customers.put({ ...bob, name: 'Robert' });
    expect(saved.name).toBe('Robert');
    expect((await customers.getOrFail({ id: 'bob' })).name).toBe('Robert');
  });

  test('deleting with deleteEdges removes the edges from both directions', async () => {
    const orders = db.getRepository(Order);
    const third = await orders.create({ id: 'o3', customerId: 'bob', status: 'open', total: 1 });
    await db.relation(third, 'products').add(products[1]);
    await db.relation(third, 'products').add(products[2]);
    await orders.delete({ customerId: 'bob', id: 'o3' }, { deleteEdges: true });
    const p2 = await db.relation(products[1], 'orders').list();
    expect(p2.items.map((o) => o.id)).toEqual(['o1']);
    expect(await db.getRepository(OrderLine).count({ customerId: 'bob' })).toBe(0);
  });

  test('naming something that is not a relation is a ConfigurationError', async () => {
    await expect(
      db.getRepository(Customer).get({ id: 'ada' }, { include: ['name' as never] }),
    ).rejects.toThrow(/Customer has no relation 'name'/);
    await expect(
      db.getRepository(Customer).collection({ id: 'ada' }, { include: ['reviews'] }),
    ).rejects.toBeInstanceOf(ConfigurationError);
  });
});

@Entity({ table: ShopTable, name: 'Member', pk: 'MEMBER#{id}', sk: 'PRIMARY' })
class Member {
  @Attribute() id!: string;
  @Attribute() name!: string;
}

@Entity({ table: ShopTable, name: 'Photo', pk: 'MEMBER#{memberId}', sk: 'PHOTO#{id}' })
class Photo {
  @Attribute() memberId!: string;
  @Attribute() id!: string;
}

@Entity({ table: ShopTable, name: 'MemberProfile', pk: 'MEMBER#{memberId}', sk: 'PROFILE' })
class MemberProfile {
  @Attribute() memberId!: string;
  @Attribute() bio!: string;
  @BelongsTo(() => Member) member?: Member;
  @HasMany(() => Photo) photos?: Photo[];
}

describeEachBackend('Relations: a parent in the same item collection', (backend) => {
  test('comes with the children in the one Query when its sort key lies in the range', async () => {
    const operations: string[] = [];
    const db = await connect(backend().client, {
      table: ShopTable,
      entities: [Member, Photo, MemberProfile],
      logger: (event) => operations.push(event.operation),
    });
    await db.getRepository(Member).create({ id: 'm1', name: 'Mia' });
    await db.getRepository(MemberProfile).create({ memberId: 'm1', bio: 'Hi' });
    await db.getRepository(Photo).create({ memberId: 'm1', id: 'ph1' });
    operations.length = 0;
    // PHOTO#... < PRIMARY < PROFILE: the member's item is inside the range the Query reads anyway.
    const profile = await db
      .getRepository(MemberProfile)
      .getOrFail({ memberId: 'm1' }, { include: ['photos', 'member'] });
    expect(operations).toEqual(['Query']);
    expect(profile.member).toBeInstanceOf(Member);
    expect(profile.member?.name).toBe('Mia');
    expect(profile.photos.map((p) => [p.constructor, p.id])).toEqual([[Photo, 'ph1']]);
  });

  test('collection() reads the parent with the children: one Query, each item its own class', async () => {
    const operations: string[] = [];
    const db = await connect(backend().client, {
      table: ShopTable,
      entities: [Member, Photo, MemberProfile],
      logger: (event) => operations.push(event.operation),
    });
    await db.getRepository(Member).create({ id: 'm2', name: 'Max' });
    await db.getRepository(MemberProfile).create({ memberId: 'm2', bio: 'Yo' });
    await db.getRepository(Photo).create({ memberId: 'm2', id: 'ph2' });
    await db.getRepository(Member).create({ id: 'm3', name: 'Other' });
    operations.length = 0;
    const page = await db
      .getRepository(MemberProfile)
      .collection({ memberId: 'm2' }, { include: ['member', 'photos'] });
    expect(operations).toEqual(['Query']);
    expect(page.items.map((item) => [item.constructor, Object(item).id ?? Object(item).bio])).toEqual([
      [Photo, 'ph2'],
      [Member, 'm2'],
      [MemberProfile, 'Yo'],
    ]);
    const parentOnly = await db
      .getRepository(MemberProfile)
      .collection({ memberId: 'm2' }, { include: ['member'] });
    expect(parentOnly.items.map((item) => item.constructor)).toEqual([Member, MemberProfile]);
  });
});
