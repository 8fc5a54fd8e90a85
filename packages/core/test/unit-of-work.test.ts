import { describeEachBackend } from '@monotable/testing';
import {
  Monotable,
  TransactionCanceledError,
  TransactionJoinError,
  ValidationError,
  increment,
  type RequestLogEvent,
} from '../src';
import { connect } from './fixtures/connect';
import { Customer, Order, Product } from './fixtures/model';

/**
 * Repository calls made inside `db.transaction()` — the way services call them — join the
 * transaction: they are sent together, all or nothing, and a call that cannot join is refused
 * before anything is sent.
 */
describeEachBackend('Unit of work: repository calls inside db.transaction()', (backend) => {
  let db: Monotable;
  let events: RequestLogEvent[];
  const sent = () => events.map((event) => event.operation);

  beforeEach(async () => {
    events = [];
    db = await connect(backend().client, { logger: (event) => events.push(event) });
    events.length = 0;
  });

  /** A service as an application writes it: repositories, no transaction builder. */
  const placeOrder = async (customerId: string, sku: string, total: number) => {
    const order = await db.getRepository(Order).create({
      customerId,
      placedAt: '2026-12-01',
      status: 'open',
      total,
    });
    await db
      .getRepository(Customer)
      .update({ id: customerId }, { points: increment(total) }, { returnItem: false });
    await db
      .getRepository(Product)
      .update(
        { sku },
        { stock: increment(-1) },
        { condition: { stock: { gte: 1 } }, returnItem: false },
      );
    return order;
  };

  const seed = async (stock: number) => {
    const customer = await db.getRepository(Customer).create({ email: 'u@example.com', name: 'U' });
    await db.getRepository(Product).create({ sku: 'P', title: 'P', stock });
    events.length = 0;
    return customer;
  };

  test('the writes of a service join the transaction: one TransactWriteItems, all applied', async () => {
    const customer = await seed(1);
    const order = await db.transaction(() => placeOrder(customer.id, 'P', 7));

    expect(sent()).toEqual(['TransactWriteItems']);
    expect(order).toBeInstanceOf(Order);
    expect(order.id).toMatch(/^[0-9A-Z]{26}$/);
    const stored = await db
      .getRepository(Order)
      .get({ customerId: customer.id, placedAt: '2026-12-01', id: order.id });
    expect(stored).toMatchObject({ total: 7, status: 'open' });
    expect((await db.getRepository(Customer).getOrFail({ id: customer.id })).points).toBe(7);
    expect((await db.getRepository(Product).getOrFail({ sku: 'P' })).stock).toBe(0);
  });

  test('when one write fails its condition, none is written (the order does not stay written)', async () => {
    const customer = await seed(0);
    const error = await db
      .transaction(() => placeOrder(customer.id, 'P', 7))
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TransactionCanceledError);
    expect(await db.getRepository(Order).count({ customerId: customer.id })).toBe(0);
    expect((await db.getRepository(Customer).getOrFail({ id: customer.id })).points).toBe(0);
  });

  test('nothing is sent before the callback returns, and nothing at all when it throws', async () => {
    const customer = await seed(5);
    const error = await db
      .transaction(async () => {
        const order = await placeOrder(customer.id, 'P', 3);
        expect(sent()).toEqual([]);
        // A plain read inside sees the state before the transaction.
        expect(await db.getRepository(Order).count({ customerId: customer.id })).toBe(0);
        throw new Error(`refused ${order.id}`);
      })
      .catch((e: unknown) => e);

    expect(error).toEqual(expect.objectContaining({ message: expect.stringMatching(/^refused /) }));
    expect(sent()).toEqual(['Query']);
    expect(await db.getRepository(Order).count({ customerId: customer.id })).toBe(0);
    expect((await db.getRepository(Product).getOrFail({ sku: 'P' })).stock).toBe(5);
  });

  test('builder operations and repository calls go in the same request; a nested transaction joins it', async () => {
    const customer = await seed(5);
    await db.transaction(async (tx) => {
      tx.update(Product, { sku: 'P' }, { stock: increment(-2) });
      await db.transaction(async (inner) => {
        inner.update(Customer, { id: customer.id }, { nickname: 'nested' });
        await db
          .getRepository(Order)
          .create({ customerId: customer.id, placedAt: '2026-12-02', status: 'paid', total: 1 });
      });
    });

    expect(sent()).toEqual(['TransactWriteItems']);
    expect((await db.getRepository(Product).getOrFail({ sku: 'P' })).stock).toBe(3);
    expect((await db.getRepository(Customer).getOrFail({ id: customer.id })).nickname).toBe(
      'nested',
    );
    expect(await db.getRepository(Order).count({ customerId: customer.id })).toBe(1);
  });

  test('a bad value throws at the call, with its typed error, and the transaction writes nothing', async () => {
    const customer = await seed(5);
    const error = await db
      .transaction(async () => {
        await db
          .getRepository(Customer)
          .update({ id: customer.id }, { points: increment(1) }, { returnItem: false });
        await db
          .getRepository(Order)
          .create({ customerId: customer.id, placedAt: '2026-12-03', status: 'lost', total: 1 });
      })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ValidationError);
    expect(sent()).toEqual([]);
    expect((await db.getRepository(Customer).getOrFail({ id: customer.id })).points).toBe(0);
  });

  const refusals: Array<[string, (customerId: string) => Promise<unknown>, RegExp]> = [
    [
      'an update that asks for the stored item',
      (id) => db.getRepository(Customer).update({ id }, { points: increment(1) }),
      /Customer update inside a transaction cannot return the stored item .*returnItem: false/,
    ],
    [
      'a delete that asks for the deleted item',
      (id) => db.getRepository(Customer).delete({ id }),
      /Customer delete inside a transaction cannot return the stored item/,
    ],
    [
      'a batch write',
      () => db.getRepository(Product).batchPut([{ sku: 'B', title: 'B', stock: 1 }]),
      /batchPut cannot run inside a transaction: a batch is sent on its own/,
    ],
    [
      'a consistent read',
      (id) => db.getRepository(Customer).get({ id }, { consistent: true }),
      /Customer get with consistent: true cannot run inside a transaction/,
    ],
    [
      'a transactional read',
      (id) => db.transactGet([{ entity: Customer, key: { id } }]),
      /transactGet cannot run inside a transaction/,
    ],
    [
      'a migration',
      () => db.migrate(Product),
      /db\.migrate\(Product\) cannot run inside a transaction/,
    ],
  ];

  test.each(refusals)(
    '%s is refused with TransactionJoinError; the transaction writes nothing',
    async (_name, call, message) => {
      const customer = await seed(5);
      const error = await db
        .transaction(async () => {
          await db.getRepository(Product).update({ sku: 'P' }, { stock: 9 }, { returnItem: false });
          await call(customer.id);
        })
        .catch((e: unknown) => e);

      expect(error).toBeInstanceOf(TransactionJoinError);
      expect(error).toMatchObject({
        code: 'TRANSACTION_JOIN_REFUSED',
        message: expect.stringMatching(message),
      });
      expect(sent().filter((operation) => operation !== 'GetItem')).toEqual([]);
      expect((await db.getRepository(Product).getOrFail({ sku: 'P' })).stock).toBe(5);
    },
  );

  test('a write through another connection inside the transaction is refused', async () => {
    const other = await connect(backend().client);
    const customer = await seed(5);
    const error = await db
      .transaction(async () => {
        await other.getRepository(Product).create({ sku: 'X', title: 'X', stock: 1 });
      })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TransactionJoinError);
    expect((error as Error).message).toContain(
      `inside a transaction of the connection to table "${db.tableName}"`,
    );
    expect(await other.getRepository(Product).get({ sku: 'X' })).toBeUndefined();
    expect(customer.points).toBe(0);
  });

  test('a write made after the callback returned (not awaited) is refused, not sent on its own', async () => {
    const customer = await seed(5);
    let late: Promise<unknown> | undefined;
    await db.transaction(() => {
      late = (async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return db
          .getRepository(Customer)
          .update({ id: customer.id }, { nickname: 'late' }, { returnItem: false });
      })();
    });

    await expect(late).rejects.toThrow(
      /after its transaction's callback returned: await every call/,
    );
    expect(
      (await db.getRepository(Customer).getOrFail({ id: customer.id })).nickname,
    ).toBeUndefined();
  });

  test('outside a transaction, returnItem: false writes and resolves with nothing', async () => {
    const customer = await seed(5);
    await expect(
      db
        .getRepository(Customer)
        .update({ id: customer.id }, { points: increment(2) }, { returnItem: false }),
    ).resolves.toBeUndefined();
    await expect(
      db.getRepository(Product).delete({ sku: 'P' }, { returnItem: false }),
    ).resolves.toBeUndefined();

    expect(sent()).toEqual(['UpdateItem', 'DeleteItem']);
    expect(events.map((event) => (event.params as { ReturnValues?: string }).ReturnValues)).toEqual(
      [undefined, undefined],
    );
    expect((await db.getRepository(Customer).getOrFail({ id: customer.id })).points).toBe(2);
    expect(await db.getRepository(Product).get({ sku: 'P' })).toBeUndefined();
  });
});
