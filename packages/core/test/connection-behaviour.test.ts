/**
 * What one connection owns: its clock and monotonic ids, its retry policy (and the retries it
 * reports), transaction idempotency tokens, and `explainAll`, which sends nothing.
 */
import { MemoryDynamoDB, describeEachBackend } from '@monotable/testing';
import { decodeTime } from 'ulid';
import {
  IdempotencyTokenError,
  Monotable,
  MonotableError,
  TransactionCanceledError,
  TransactionConflictError,
  type RequestLogEvent,
} from '../src';
import { connect } from './fixtures/connect';
import { Customer, Order, Review, ShopTable, shopEntities } from './fixtures/shop';

describeEachBackend('A connection', (backend) => {
  const clock = new Date('2026-12-05T10:00:00.000Z');
  let db: Monotable;

  beforeAll(async () => {
    db = await connect(backend().client, {
      table: ShopTable,
      entities: shopEntities,
      now: () => clock,
    });
  });

  it('generates ULIDs on its own clock, strictly increasing within one millisecond', async () => {
    const reviews = await db
      .getRepository(Review)
      .batchPut(
        Array.from({ length: 40 }, (_, i) => ({ sku: 'anvil', customerId: `c${i}`, stars: 5 })),
      );
    const ids = reviews.map((review) => review.id);
    expect(ids.every((id) => decodeTime(id) === clock.getTime())).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(40);
    // Newest first is the reverse of creation order, as the ids promise.
    const page = await db.getRepository(Review).query({ sku: 'anvil' }, { order: 'desc' });
    expect(page.items.map((review) => review.customerId)).toEqual(
      reviews.map((review) => review.customerId).reverse(),
    );
  });

  it.each([
    ['37 characters', 'x'.repeat(37)],
    ['an empty string', ''],
  ])('refuses an idempotency token of %s before sending, writing nothing', async (_, token) => {
    const attempt = db.transaction(
      (tx) => {
        tx.create(Order, { id: 'o-token', customerId: 'c1', status: 'open', total: 1 });
      },
      { idempotencyToken: token },
    );
    await expect(attempt).rejects.toBeInstanceOf(IdempotencyTokenError);
    await expect(attempt).rejects.toMatchObject({ code: 'IDEMPOTENCY_TOKEN_INVALID' });
    expect(await db.getRepository(Order).get({ customerId: 'c1', id: 'o-token' })).toBeUndefined();
  });

  it('answers a token reused for other operations with a typed error', async () => {
    const token = `tok-${Date.now()}`;
    await db.transaction(
      (tx) => {
        tx.create(Order, { id: 'o-first', customerId: 'c2', status: 'open', total: 1 });
      },
      { idempotencyToken: token },
    );
    const reuse = db.transaction(
      (tx) => {
        tx.create(Order, { id: 'o-second', customerId: 'c2', status: 'open', total: 2 });
      },
      { idempotencyToken: token },
    );
    await expect(reuse).rejects.toBeInstanceOf(IdempotencyTokenError);
    await expect(reuse).rejects.toBeInstanceOf(MonotableError);
    expect(await db.getRepository(Order).get({ customerId: 'c2', id: 'o-second' })).toBeUndefined();
  });

  it('transactGet reads only the selected properties of a request with select', async () => {
    await db
      .getRepository(Order)
      .create({ id: 'o-sel', customerId: 'c9', status: 'open', total: 7 });
    await db
      .getRepository(Order)
      .create({ id: 'o-all', customerId: 'c9', status: 'open', total: 8 });
    const [whole, picked] = await db.transactGet([
      { entity: Order, key: { customerId: 'c9', id: 'o-all' } },
      { entity: Order, key: { customerId: 'c9', id: 'o-sel' }, select: ['total'] },
    ]);
    expect(whole).toMatchObject({ status: 'open', total: 8 });
    expect(picked).toBeInstanceOf(Order);
    expect(picked!.total).toBe(7);
    expect('status' in picked!).toBe(false);
    // One item twice: refused by monotable before sending, as DynamoDB would refuse it.
    await expect(
      db.transactGet([
        { entity: Order, key: { customerId: 'c9', id: 'o-sel' } },
        { entity: Order, key: { customerId: 'c9', id: 'o-sel' } },
      ]),
    ).rejects.toBeInstanceOf(TransactionConflictError);
  });

  it('explainAll lists every request of an operation and sends none', async () => {
    const customers = db.getRepository(Customer);
    const created = await db.explainAll(() =>
      customers.create({ id: 'c-explain', email: 'explain@x.com', name: 'Ex' }),
    );
    expect(created.map((request) => request.operation)).toEqual(['TransactWriteItems']);
    expect(created[0].params.TransactItems).toHaveLength(2); // the item and its email marker
    const put = await db.explainAll(() =>
      customers.put({ id: 'c-explain', email: 'explain@x.com', name: 'Ex' }),
    );
    // put reads the stored item first (to release the markers it gives up), then writes.
    expect(put.map((request) => request.operation)).toEqual(['GetItem', 'TransactWriteItems']);
    expect(await customers.get({ id: 'c-explain' })).toBeUndefined();
    const first = await db.explain(() => customers.put({ id: 'c-x', email: 'e@x.com', name: 'E' }));
    expect(first.operation).toBe('GetItem');
  });
});

describeEachBackend('iterate and count follow query', (backend) => {
  it('iterate stops at limit and never asks DynamoDB for more items than it still wants', async () => {
    const events: RequestLogEvent[] = [];
    const db = await connect(backend().client, {
      table: ShopTable,
      entities: shopEntities,
      logger: (event) => events.push(event),
    });
    await db
      .getRepository(Review)
      .batchPut(
        Array.from({ length: 20 }, (_, i) => ({ sku: 'vise', customerId: `c${i}`, stars: i % 5 })),
      );
    const reviews = db.getRepository(Review);
    const limits = () =>
      events.filter((event) => event.operation === 'Query').map((event) => event.params.Limit);

    events.length = 0;
    const five: Review[] = [];
    for await (const review of reviews.iterate({ sku: 'vise' }, { limit: 5, pageSize: 2 })) {
      five.push(review);
    }
    expect(five).toHaveLength(5);
    expect(limits()).toEqual([2, 2, 1]);

    events.length = 0;
    const filtered: Review[] = [];
    for await (const review of reviews.iterate(
      { sku: 'vise' },
      { limit: 3, filter: { stars: 4 } },
    )) {
      filtered.push(review);
    }
    expect(filtered).toHaveLength(3);
    expect(filtered.every((review) => review.stars === 4)).toBe(true);
    await expect(reviews.iterate({ sku: 'vise' }, { limit: 0 }).next()).rejects.toThrow(
      /limit must be a positive integer/,
    );
    expect(await reviews.count({ sku: 'vise' }, { filter: { stars: 4 } })).toBe(4);
  });
});

describe('The retry policy (in-process engine, injected faults)', () => {
  it('resends unprocessed batch items and reports each retry to the logger', async () => {
    const engine = new MemoryDynamoDB({ seed: 3 });
    const events: RequestLogEvent[] = [];
    const db = new Monotable({
      client: engine.createClient(),
      table: ShopTable,
      entities: shopEntities,
      logger: (event) => events.push(event),
      retry: { baseDelayMs: 1, maxDelayMs: 2, maxAttempts: 20 },
    });
    await db.createTable();
    engine.faults.unprocessed({ operation: 'BatchWriteItem', ratio: 0.5 });
    await db
      .getRepository(Review)
      .batchPut(
        Array.from({ length: 50 }, (_, i) => ({ sku: 'anvil', customerId: `c${i}`, stars: 4 })),
      );
    expect(await db.getRepository(Review).count({ sku: 'anvil' })).toBe(50);
    const retries = events.filter((event) => event.retry);
    expect(retries.length).toBeGreaterThan(0);
    expect(retries.every((event) => event.retry!.reason === 'unprocessed')).toBe(true);
    expect(Math.min(...retries.map((event) => event.retry!.attempt))).toBe(2);
    expect(
      events.filter((event) => !event.retry && event.operation === 'BatchWriteItem'),
    ).toHaveLength(2);
  });

  /** A client whose first `conflicts` TransactWriteItems are cancelled as DynamoDB does under contention. */
  function contendedClient(engine: MemoryDynamoDB, conflicts: number) {
    const client = engine.createClient();
    let cancelled = 0;
    client.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'TransactWriteItemsCommand' && cancelled < conflicts) {
          cancelled++;
          const items = (args.input as { TransactItems: unknown[] }).TransactItems;
          throw Object.assign(new Error('Transaction cancelled'), {
            name: 'TransactionCanceledException',
            CancellationReasons: items.map(() => ({ Code: 'TransactionConflict' })),
            $metadata: {},
          });
        }
        return next(args);
      },
      { step: 'initialize', name: 'contention' },
    );
    return client;
  }

  it('sends a transaction cancelled by a concurrent one again, under the same policy, and logs why', async () => {
    const engine = new MemoryDynamoDB();
    const events: RequestLogEvent[] = [];
    const db = new Monotable({
      client: contendedClient(engine, 2),
      table: ShopTable,
      entities: shopEntities,
      logger: (event) => events.push(event),
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
    });
    await db.createTable();
    // A customer with @Unique email: the item and its marker go in one transaction.
    await db.getRepository(Customer).create({ id: 'c-busy', email: 'busy@x.com', name: 'Busy' });
    const sends = events.filter((event) => event.operation === 'TransactWriteItems');
    expect(sends.map((event) => event.retry)).toEqual([
      undefined,
      { attempt: 2, reason: 'conflict' },
      { attempt: 3, reason: 'conflict' },
    ]);
    expect(await db.getRepository(Customer).get({ id: 'c-busy' })).toBeDefined();
  });

  it("gives up after the policy's maxAttempts with the cancellation", async () => {
    const engine = new MemoryDynamoDB();
    const db = new Monotable({
      client: contendedClient(engine, 5),
      table: ShopTable,
      entities: shopEntities,
      retry: { baseDelayMs: 1, maxDelayMs: 2, maxAttempts: 2 },
    });
    await db.createTable();
    await expect(
      db.getRepository(Customer).create({ id: 'c-busy', email: 'busy@x.com', name: 'Busy' }),
    ).rejects.toBeInstanceOf(TransactionCanceledError);
    expect(await db.getRepository(Customer).get({ id: 'c-busy' })).toBeUndefined();
  });
});
