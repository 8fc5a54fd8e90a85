import { describeEachBackend } from '@monotable/testing';
import { InvalidCursorError, Monotable, ScanNotAllowedError } from '../src';
import { connect } from './fixtures/connect';
import { Customer, Order } from './fixtures/model';

const days = (n: number) =>
  Array.from({ length: n }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);

describeEachBackend('Queries, pagination, iterate, count and scan', (backend) => {
  let db: Monotable;
  const ids: string[] = [];

  beforeAll(async () => {
    db = await connect(backend().client, { cursorSecret: 'test-secret' });
    const orders = db.getRepository(Order);
    await db.getRepository(Customer).create({ id: 'c1', email: 'c1@example.com', name: 'C1' });
    for (const [i, placedAt] of days(25).entries()) {
      const order = await orders.create({
        id: `o${String(i).padStart(2, '0')}`,
        customerId: 'c1',
        placedAt,
        status: i % 5 === 0 ? 'paid' : 'open',
        total: i * 10,
      });
      ids.push(order.id);
    }
    await orders.create({
      id: 'other',
      customerId: 'c2',
      placedAt: '2026-11-01',
      status: 'open',
      total: 1,
    });
  });

  test('query returns only this entity from the shared partition, in sort-key order', async () => {
    const page = await db.getRepository(Order).query({ customerId: 'c1' });
    expect(page.items.map((o) => o.id)).toEqual(ids);
    expect(page.items.every((o) => o instanceof Order)).toBe(true);
    expect(page.cursor).toBeUndefined();
  });

  test('sort-key conditions are written on entity attributes', async () => {
    const orders = db.getRepository(Order);
    const early = await orders.query(
      { customerId: 'c1' },
      { where: { placedAt: { beginsWith: '2026-11-0' } } },
    );
    expect(early.items).toHaveLength(9);
    const range = await orders.query(
      { customerId: 'c1' },
      { where: { placedAt: { between: ['2026-11-03', '2026-11-05'] } } },
    );
    expect(range.items.map((o) => o.placedAt)).toEqual(['2026-11-03', '2026-11-04', '2026-11-05']);
    const after = await orders.query(
      { customerId: 'c1' },
      { where: { placedAt: { gt: '2026-11-23' } } },
    );
    expect(after.items.map((o) => o.placedAt)).toEqual(['2026-11-24', '2026-11-25']);
    const exact = await orders.query({ customerId: 'c1' }, { where: { placedAt: '2026-11-10' } });
    expect(exact.items.map((o) => o.id)).toEqual(['o09']);
  });

  test('limit is exact, and cursors walk every page without gaps or repeats, in both orders', async () => {
    const orders = db.getRepository(Order);
    for (const order of ['asc', 'desc'] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await orders.query({ customerId: 'c1' }, { limit: 7, cursor, order });
        expect(page.items.length).toBeLessThanOrEqual(7);
        seen.push(...page.items.map((o) => o.id));
        cursor = page.cursor;
      } while (cursor);
      expect(seen).toEqual(order === 'asc' ? ids : [...ids].reverse());
    }
  });

  test('a selective filter still returns exact pages and never more than asked', async () => {
    const orders = db.getRepository(Order);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await orders.query(
        { customerId: 'c1' },
        { limit: 2, cursor, filter: { status: 'paid' } },
      );
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((o) => o.id));
      cursor = page.cursor;
      pages++;
    } while (cursor && pages < 20);
    expect(seen).toEqual(['o00', 'o05', 'o10', 'o15', 'o20']);
  });

  test('a filter that matches nothing costs at most maxPages requests per call, then hands back a cursor', async () => {
    const events: string[] = [];
    const logged = await connect(backend().client, {
      logger: (event) => events.push(event.operation),
    });
    const orders = logged.getRepository(Order);
    await orders.batchPut(
      Array.from({ length: 300 }, (_, i) => ({
        id: `n${String(i).padStart(3, '0')}`,
        customerId: 'c3',
        placedAt: '2026-10-01',
        status: 'open',
        total: i,
      })),
    );
    events.length = 0;
    const first = await orders.query(
      { customerId: 'c3' },
      { filter: { status: 'shipped' }, limit: 1, maxPages: 2 },
    );
    expect(first.items).toEqual([]);
    expect(first.cursor).toBeDefined();
    expect(events).toEqual(['Query', 'Query']);
    const rest = await orders.query(
      { customerId: 'c3' },
      { filter: { status: 'shipped' }, limit: 1, maxPages: 2, cursor: first.cursor },
    );
    expect(rest.items).toEqual([]);
    expect(rest.cursor).toBeUndefined();
  });

  test('filters support operators, $or and $not', async () => {
    const orders = db.getRepository(Order);
    const page = await orders.query(
      { customerId: 'c1' },
      {
        filter: { $or: [{ total: { lt: 20 } }, { total: { gte: 230 } }], $not: { status: 'paid' } },
      },
    );
    expect(page.items.map((o) => o.total)).toEqual([10, 230, 240]);
  });

  test('tampered, foreign and garbage cursors are InvalidCursorError', async () => {
    const orders = db.getRepository(Order);
    const page = await orders.query({ customerId: 'c1' }, { limit: 3 });
    const cursor = page.cursor!;
    const tampered = cursor.slice(0, 5) + (cursor[5] === 'A' ? 'B' : 'A') + cursor.slice(6);
    await expect(
      orders.query({ customerId: 'c1' }, { limit: 3, cursor: tampered }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(orders.query({ customerId: 'c2' }, { limit: 3, cursor })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
    await expect(orders.query({ customerId: 'c1' }, { cursor: 'garbage' })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
  });

  test('iterate yields every item lazily, page by page', async () => {
    const orders = db.getRepository(Order);
    const seen: string[] = [];
    for await (const order of orders.iterate({ customerId: 'c1' }, { pageSize: 4 }))
      seen.push(order.id);
    expect(seen).toEqual(ids);
    const firstThree: string[] = [];
    for await (const order of orders.iterate({ customerId: 'c1' }, { pageSize: 2 })) {
      firstThree.push(order.id);
      if (firstThree.length === 3) break;
    }
    expect(firstThree).toEqual(ids.slice(0, 3));
  });

  test('count counts matching items', async () => {
    const orders = db.getRepository(Order);
    expect(await orders.count({ customerId: 'c1' })).toBe(25);
    expect(await orders.count({ customerId: 'c1' }, { filter: { status: 'paid' } })).toBe(5);
  });

  test('index queries by the entity attributes of the index key', async () => {
    const orders = db.getRepository(Order);
    const byId = await orders.query({ id: 'o03' }, { index: 'GSI1' });
    expect(byId.items.map((o) => o.placedAt)).toEqual(['2026-11-04']);
    const paid = await orders.query(
      { status: 'paid' },
      { index: 'GSI2', where: { total: { gte: 100 } } },
    );
    expect(paid.items.map((o) => o.total)).toEqual([100, 150, 200]);
  });

  test('scan is refused without allowScan, and a parallel scan returns every item once', async () => {
    const orders = db.getRepository(Order);
    await expect(orders.scan({} as any)).rejects.toBeInstanceOf(ScanNotAllowedError);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await orders.scan({ allowScan: true, segments: 3, limit: 4, cursor });
      expect(page.items.length).toBeLessThanOrEqual(4);
      seen.push(...page.items.map((o) => o.id));
      cursor = page.cursor;
    } while (cursor);
    expect(seen.sort()).toEqual([...ids, 'other'].sort());
  });
});
