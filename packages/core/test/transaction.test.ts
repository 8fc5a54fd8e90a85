import { describeEachBackend } from '@monotable/testing';
import {
  ItemExistsError,
  Monotable,
  TransactionCanceledError,
  TransactionConflictError,
  TransactionTooLargeError,
  ValidationError,
  VersionConflictError,
  decrement,
  increment,
} from '../src';
import { connect } from './fixtures/connect';
import { Customer, Order, Product } from './fixtures/model';

describeEachBackend('Transactions', (backend) => {
  let db: Monotable;
  beforeEach(async () => {
    db = await connect(backend().client);
  });

  test('all operations commit together', async () => {
    const customer = await db.getRepository(Customer).create({ email: 't@example.com', name: 'T' });
    await db.getRepository(Product).create({ sku: 'P1', title: 'P', stock: 2 });
    await db.transaction((tx) => {
      tx.create(Order, {
        id: 'o1',
        customerId: customer.id,
        placedAt: '2026-11-01',
        status: 'open',
        total: 5,
      });
      tx.update(Customer, { id: customer.id }, { points: increment(10) });
      tx.update(
        Product,
        { sku: 'P1' },
        { stock: decrement(1) },
        { condition: { stock: { gte: 1 } } },
      );
    });
    expect((await db.getRepository(Customer).getOrFail({ id: customer.id })).points).toBe(10);
    expect((await db.getRepository(Product).getOrFail({ sku: 'P1' })).stock).toBe(1);
    expect(await db.getRepository(Order).count({ customerId: customer.id })).toBe(1);
  });

  test('a failing check cancels everything, with reasons naming the operation and entity', async () => {
    const customer = await db.getRepository(Customer).create({ email: 'r@example.com', name: 'R' });
    await db.getRepository(Product).create({ sku: 'EMPTY', title: 'E', stock: 0 });
    const error = await db
      .transaction((tx) => {
        tx.create(Order, {
          id: 'o2',
          customerId: customer.id,
          placedAt: '2026-11-02',
          status: 'open',
          total: 5,
        });
        tx.update(Customer, { id: customer.id }, { points: increment(10) }, { expectedVersion: 7 });
        tx.check(Product, { sku: 'EMPTY' }, { stock: { gte: 1 } });
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransactionCanceledError);
    const reasons = (error as TransactionCanceledError).reasons;
    expect(reasons.map((r) => [r.index, r.operation, r.entity, r.code])).toEqual([
      [1, 'update', 'Customer', 'ConditionalCheckFailed'],
      [2, 'check', 'Product', 'ConditionalCheckFailed'],
    ]);
    expect(reasons[0].error).toBeInstanceOf(VersionConflictError);
    expect((await db.getRepository(Customer).getOrFail({ id: customer.id })).points).toBe(0);
    expect(await db.getRepository(Order).count({ customerId: customer.id })).toBe(0);
  });

  test('create of an existing key in a transaction maps to ItemExistsError in the reasons', async () => {
    await db.getRepository(Product).create({ sku: 'DUP', title: 'D', stock: 1 });
    const error = (await db
      .transaction((tx) => tx.create(Product, { sku: 'DUP', title: 'D2', stock: 1 }))
      .catch((e: unknown) => e)) as TransactionCanceledError;
    expect(error.reasons[0].error).toBeInstanceOf(ItemExistsError);
  });

  test('more than 100 operations is refused before sending; so is touching one item twice', async () => {
    await expect(
      db.transaction((tx) => {
        for (let i = 0; i < 101; i++) tx.put(Product, { sku: `X${i}`, title: 't', stock: 1 });
      }),
    ).rejects.toBeInstanceOf(TransactionTooLargeError);
    expect(await db.getRepository(Product).get({ sku: 'X0' })).toBeUndefined();
    await expect(
      db.transaction((tx) => {
        tx.put(Product, { sku: 'Y', title: 't', stock: 1 });
        tx.update(Product, { sku: 'Y' }, { stock: 2 });
      }),
    ).rejects.toBeInstanceOf(TransactionConflictError);
  });

  test('invalid data in a transaction is a ValidationError and nothing is written', async () => {
    await expect(
      db.transaction((tx) => {
        tx.put(Product, { sku: 'OK', title: 'fine', stock: 1 });
        tx.put(Product, { sku: 'BAD', title: '', stock: 1 });
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.getRepository(Product).get({ sku: 'OK' })).toBeUndefined();
  });

  test('the same idempotency token does not apply a transaction twice', async () => {
    await db.getRepository(Product).create({ sku: 'IDEM', title: 'I', stock: 10 });
    const run = () =>
      db.transaction((tx) => tx.update(Product, { sku: 'IDEM' }, { stock: decrement(1) }), {
        idempotencyToken: 'token-1',
      });
    await run();
    await run();
    expect((await db.getRepository(Product).getOrFail({ sku: 'IDEM' })).stock).toBe(9);
  });

  test('transactGet reads several entities at once, undefined for absent ones', async () => {
    const customer = await db.getRepository(Customer).create({ email: 'g@example.com', name: 'G' });
    await db.getRepository(Product).create({ sku: 'G1', title: 'G', stock: 1 });
    const [c, p, missing] = await db.transactGet([
      { entity: Customer, key: { id: customer.id } },
      { entity: Product, key: { sku: 'G1' } },
      { entity: Product, key: { sku: 'nope' } },
    ] as const);
    expect(c).toBeInstanceOf(Customer);
    expect(c?.email).toBe('g@example.com');
    expect(p?.title).toBe('G');
    expect(missing).toBeUndefined();
  });
});
