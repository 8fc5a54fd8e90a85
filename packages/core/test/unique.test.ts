import { UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { describeEachBackend } from '@monotable/testing';
import {
  ConfigurationError,
  ItemExistsError,
  Monotable,
  TransactionCanceledError,
  UniqueConstraintError,
  VersionConflictError,
  type RequestLogEvent,
} from '../src';
import { connect } from './fixtures/connect';
import { Customer, Product, ShopTable, shopEntities } from './fixtures/shop';

describeEachBackend('Unique constraints', (backend) => {
  let db: Monotable;
  const events: RequestLogEvent[] = [];
  const sentSince = (start: number) => events.slice(start).map((e) => e.operation);

  beforeAll(async () => {
    db = await connect(backend().client, {
      table: ShopTable,
      entities: shopEntities,
      logger: (event) => events.push(event),
    });
  });

  const customers = () => db.getRepository(Customer);
  const emailTaken = (email: string) =>
    customers()
      .create({ email, name: 'Probe' })
      .then(
        async (probe) => {
          await customers().delete({ id: probe.id });
          return false;
        },
        (error: unknown) => {
          if (error instanceof UniqueConstraintError) return true;
          throw error;
        },
      );

  test('create writes the item and one marker per unique value in one TransactWriteItems', async () => {
    const start = events.length;
    await customers().create({ email: 'one@example.com', username: 'one', name: 'One' });
    expect(sentSince(start)).toEqual(['TransactWriteItems']);
    const items = events[start].params.TransactItems.map((t: any) => t.Put.Item.PK);
    expect(items).toEqual([
      expect.stringMatching(/^CUSTOMER#/),
      'UNIQUE#Customer#email#one@example.com',
      'UNIQUE#Customer#username#one',
    ]);
  });

  test('a taken value is a UniqueConstraintError naming the attribute and value; nothing is written', async () => {
    await customers().create({ id: 'dup1', email: 'dup@example.com', name: 'Dup' });
    const error = await customers()
      .create({ id: 'dup2', email: 'dup@example.com', name: 'Dup again' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UniqueConstraintError);
    expect(error).toMatchObject({
      code: 'UNIQUE_CONSTRAINT',
      entity: 'Customer',
      property: 'email',
      value: 'dup@example.com',
    });
    expect(await customers().get({ id: 'dup2' })).toBeUndefined();
    await expect(
      customers().create({ id: 'dup1', email: 'other@example.com', name: 'Same id' }),
    ).rejects.toBeInstanceOf(ItemExistsError);
    expect(await emailTaken('other@example.com')).toBe(false);
  });

  test('concurrent creates of the same email: exactly one succeeds', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        customers().create({ email: 'race@example.com', name: `Racer ${i}` }),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(won).toHaveLength(1);
    expect(lost.map((r) => r.reason.constructor.name)).toEqual(
      Array(19).fill('UniqueConstraintError'),
    );
  });

  test('an update that changes the email frees the old one and takes the new one', async () => {
    const c = await customers().create({ email: 'old@example.com', name: 'Mover' });
    const start = events.length;
    const moved = await customers().update({ id: c.id }, { email: 'new@example.com' });
    expect(sentSince(start)).toEqual(['GetItem', 'TransactWriteItems', 'GetItem']);
    const [update, release, claim] = events[start + 1].params.TransactItems;
    expect(update.Update.Key.PK).toBe(`CUSTOMER#${c.id}`);
    expect(release.Delete.Key.PK).toBe('UNIQUE#Customer#email#old@example.com');
    expect(claim.Put.Item.PK).toBe('UNIQUE#Customer#email#new@example.com');
    expect(moved.email).toBe('new@example.com');
    expect(moved.version).toBe(2);
    expect(await emailTaken('old@example.com')).toBe(false);
    expect(await emailTaken('new@example.com')).toBe(true);

    const other = await customers().create({ email: 'other-mover@example.com', name: 'Other' });
    await expect(
      customers().update({ id: other.id }, { email: 'new@example.com' }),
    ).rejects.toBeInstanceOf(UniqueConstraintError);
    expect((await customers().getOrFail({ id: other.id })).email).toBe('other-mover@example.com');
  });

  test('updates that leave unique values alone stay one UpdateItem', async () => {
    const c = await customers().create({ email: 'calm@example.com', name: 'Calm' });
    const start = events.length;
    await customers().update({ id: c.id }, { name: 'Still calm' });
    expect(sentSince(start)).toEqual(['UpdateItem']);
  });

  test('delete and put release the values they give up', async () => {
    const c = await customers().create({
      email: 'gone@example.com',
      username: 'gone',
      name: 'Gone',
    });
    const start = events.length;
    await customers().delete({ id: c.id });
    expect(sentSince(start)).toEqual(['GetItem', 'TransactWriteItems']);
    expect(await emailTaken('gone@example.com')).toBe(false);

    const p = await customers().create({ email: 'put@example.com', username: 'putter', name: 'P' });
    await customers().put({ ...p, email: 'put2@example.com', username: undefined });
    expect(await emailTaken('put@example.com')).toBe(false);
    expect(await emailTaken('put2@example.com')).toBe(true);
    await customers().create({ email: 'fresh@example.com', username: 'putter', name: 'Reuses' });
  });

  test('batch writes are refused for entities with unique attributes', async () => {
    await expect(
      customers().batchPut([{ email: 'batch@example.com', name: 'B' }]),
    ).rejects.toBeInstanceOf(ConfigurationError);
  });

  test('in a transaction: markers are folded in and reasons point at the operation that failed', async () => {
    const taken = await customers().create({ email: 'taken@example.com', name: 'Taken' });
    const locked = await customers().create({ email: 'locked@example.com', name: 'Locked' });
    await db.getRepository(Product).create({ sku: 'tx-empty', title: 'Empty', stock: 0 });
    const error = await db
      .transaction((tx) => {
        tx.create(Customer, { email: 'taken@example.com', name: 'Copycat' });
        tx.update(Customer, { id: locked.id }, { name: 'Renamed' }, { expectedVersion: 7 });
        tx.check(Product, { sku: 'tx-empty' }, { stock: { gte: 1 } });
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransactionCanceledError);
    const reasons = (error as TransactionCanceledError).reasons;
    expect(
      reasons.map((r) => [r.index, r.operation, r.entity, r.marker?.property, r.code]),
    ).toEqual([
      [0, 'create', 'Customer', 'email', 'ConditionalCheckFailed'],
      [1, 'update', 'Customer', undefined, 'ConditionalCheckFailed'],
      [2, 'check', 'Product', undefined, 'ConditionalCheckFailed'],
    ]);
    expect(reasons[0].error).toBeInstanceOf(UniqueConstraintError);
    expect(reasons[0].error).toMatchObject({ property: 'email', value: 'taken@example.com' });
    expect(reasons[1].error).toBeInstanceOf(VersionConflictError);

    // An email handed from one customer to another in one transaction: the marker changes hands.
    const start = events.length;
    await db.transaction((tx) => {
      tx.update(Customer, { id: taken.id }, { email: 'swapped@example.com' });
      tx.create(Customer, { id: 'successor', email: 'taken@example.com', name: 'Successor' });
    });
    expect(sentSince(start)).toEqual(['GetItem', 'TransactWriteItems']);
    expect(events[start + 1].params.TransactItems).toHaveLength(4);
    expect(await emailTaken('swapped@example.com')).toBe(true);
    await expect(
      customers().update({ id: locked.id }, { email: 'taken@example.com' }),
    ).rejects.toBeInstanceOf(UniqueConstraintError);
    await customers().delete({ id: 'successor' });
    expect(await emailTaken('taken@example.com')).toBe(false);
  });

  test('markers carry the TTL of their item: an expired item no longer holds its value', async () => {
    await backend().client.send(
      new UpdateTimeToLiveCommand({
        TableName: db.tableName,
        TimeToLiveSpecification: { Enabled: true, AttributeName: 'expiresAt' },
      }),
    );
    const inAnHour = new Date(Date.now() + 3600_000);
    const first = await customers().create({
      email: 'ttl@example.com',
      name: 'Temp',
      expiresAt: inAnHour,
    });
    const start = events.length;
    await customers().create({ email: 'ttl2@example.com', name: 'Temp 2', expiresAt: inAnHour });
    expect(events[start].params.TransactItems[1].Put.Item.expiresAt).toBe(
      Math.floor(inAnHour.getTime() / 1000),
    );
    await expect(emailTaken('ttl@example.com')).resolves.toBe(true);

    // Two hours later (the engine's clock moves; DynamoDB Local keeps expired items, as DynamoDB
    // does until its background deletion runs: the marker's condition sees the TTL has passed).
    backend().engine?.clock.advance(2 * 3600_000);
    const later = new Monotable({
      client: backend().client,
      table: ShopTable,
      tableName: db.tableName,
      entities: shopEntities,
      now: () => new Date(Date.now() + 2 * 3600_000),
    });
    const heir = await later
      .getRepository(Customer)
      .create({ email: 'ttl@example.com', name: 'Heir' });
    // The engine treats expired items as deleted at once; DynamoDB (Local) still returns them.
    const stale = await later.getRepository(Customer).get({ id: first.id }, { consistent: true });
    expect(stale !== undefined).toBe(backend().kind === 'local');
    // Deleting the expired item (still stored until TTL deletion runs) leaves the heir's marker alone.
    await later.getRepository(Customer).delete({ id: first.id });
    await expect(
      later.getRepository(Customer).create({ email: 'ttl@example.com', name: 'Third' }),
    ).rejects.toBeInstanceOf(UniqueConstraintError);
    expect((await later.getRepository(Customer).getOrFail({ id: heir.id })).name).toBe('Heir');
    backend().engine?.clock.advance(-2 * 3600_000);
  });
});
