import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describeEachBackend } from '@monotable/testing';
import {
  ConditionalCheckFailedError,
  ItemExistsError,
  ItemNotFoundError,
  ItemTooLargeError,
  KeyTemplateError,
  Monotable,
  ValidationError,
  addToSet,
  append,
  decrement,
  ifNotExists,
  increment,
  prepend,
  remove,
  removeFromSet,
} from '../src';
import { connect } from './fixtures/connect';
import { Customer, Order, Product } from './fixtures/model';

describeEachBackend('Repository writes and reads', (backend) => {
  let db: Monotable;
  beforeEach(async () => {
    db = await connect(backend().client);
  });

  test('create generates the id, stamps timestamps and version 1, and get reads it back as a Customer', async () => {
    const customers = db.getRepository(Customer);
    const created = await customers.create({ email: 'alice@example.com', name: 'Alice' });
    expect(created.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(created.version).toBe(1);
    expect(created.createdAt).toBeInstanceOf(Date);
    expect(created.points).toBe(0);

    const read = await customers.get({ id: created.id });
    expect(read).toBeInstanceOf(Customer);
    expect(read).toEqual(created);
  });

  test('create refuses an existing key with ItemExistsError and leaves the stored item alone', async () => {
    const products = db.getRepository(Product);
    await products.create({ sku: 'A1', title: 'Anvil', stock: 3 });
    await expect(products.create({ sku: 'A1', title: 'Other', stock: 9 })).rejects.toBeInstanceOf(
      ItemExistsError,
    );
    expect((await products.getOrFail({ sku: 'A1' })).title).toBe('Anvil');
  });

  test('invalid data is a ValidationError listing the fields, and nothing is written', async () => {
    const customers = db.getRepository(Customer);
    const error = await customers
      .create({ id: 'c1', email: 'not-an-email', name: '' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).violations.map((v) => v.property).sort()).toEqual([
      'email',
      'name',
    ]);
    expect(await customers.get({ id: 'c1' })).toBeUndefined();
  });

  test('unknown attributes are refused', async () => {
    const customers = db.getRepository(Customer);
    await expect(
      customers.create({ id: 'c2', email: 'a@b.co', name: 'A', favourite: 'x' } as any),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await customers.get({ id: 'c2' })).toBeUndefined();
  });

  test('a key slot holding the separator is a KeyTemplateError and nothing is written', async () => {
    const products = db.getRepository(Product);
    await expect(products.create({ sku: 'A#B', title: 'x', stock: 1 })).rejects.toBeInstanceOf(
      KeyTemplateError,
    );
    await expect(products.create({ sku: '', title: 'x', stock: 1 })).rejects.toBeInstanceOf(
      KeyTemplateError,
    );
  });

  test('an item over 400 KB is refused before sending', async () => {
    const products = db.getRepository(Product);
    await expect(
      products.create({ sku: 'BIG', title: 'Big', stock: 1, blob: 'x'.repeat(410 * 1024) }),
    ).rejects.toBeInstanceOf(ItemTooLargeError);
    expect(await products.get({ sku: 'BIG' })).toBeUndefined();
  });

  test('put replaces the whole item', async () => {
    const products = db.getRepository(Product);
    await products.put({ sku: 'P', title: 'First', stock: 1, blob: 'b' });
    await products.put({ sku: 'P', title: 'Second', stock: 2 });
    const read = await products.getOrFail({ sku: 'P' });
    expect(read.title).toBe('Second');
    expect(read.blob).toBeUndefined();
  });

  test('get with select returns only the selected properties; getOrFail throws ItemNotFoundError', async () => {
    const customers = db.getRepository(Customer);
    const c = await customers.create({ email: 'sel@example.com', name: 'Sel', nickname: 'S' });
    const partial = await customers.get({ id: c.id }, { select: ['name'], consistent: true });
    expect(partial).toBeInstanceOf(Customer);
    expect(partial!.name).toBe('Sel');
    expect('nickname' in partial!).toBe(false); // and the type has no nickname either
    await expect(customers.getOrFail({ id: 'missing' })).rejects.toBeInstanceOf(ItemNotFoundError);
  });

  test('update applies every operator and returns the stored entity', async () => {
    const customers = db.getRepository(Customer);
    const c = await customers.create({
      email: 'ops@example.com',
      name: 'Ops',
      tags: ['b'],
      badges: new Set(['gold', 'silver']),
      address: { street: '1 Main St', city: 'Bergen' },
      nickname: 'gone soon',
    });
    const updated = await customers.update(
      { id: c.id },
      {
        points: increment(10),
        tags: append(['c']),
        badges: removeFromSet(['silver']),
        nickname: remove(),
        'address.city': 'Oslo',
      },
    );
    expect(updated.points).toBe(10);
    expect(updated.tags).toEqual(['b', 'c']);
    expect([...updated.badges!]).toEqual(['gold']);
    expect(updated.nickname).toBeUndefined();
    expect(updated.address).toEqual({ street: '1 Main St', city: 'Oslo' });
    expect(updated.version).toBe(2);
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(c.updatedAt.getTime());

    const again = await customers.update(
      { id: c.id },
      {
        points: decrement(3),
        tags: prepend(['a']),
        badges: addToSet(['bronze']),
        nickname: ifNotExists('N'),
      },
    );
    expect(again.points).toBe(7);
    expect(again.tags).toEqual(['a', 'b', 'c']);
    expect([...again.badges!].sort()).toEqual(['bronze', 'gold']);
    expect(again.nickname).toBe('N');
    const kept = await customers.update({ id: c.id }, { nickname: ifNotExists('other') });
    expect(kept.nickname).toBe('N');
  });

  test('update of a missing item is ItemNotFoundError and creates nothing', async () => {
    const customers = db.getRepository(Customer);
    await expect(customers.update({ id: 'ghost' }, { name: 'Ghost' })).rejects.toBeInstanceOf(
      ItemNotFoundError,
    );
    expect(await customers.get({ id: 'ghost' })).toBeUndefined();
  });

  test('update validates the changed attributes only', async () => {
    const customers = db.getRepository(Customer);
    const c = await customers.create({ email: 'v@example.com', name: 'V' });
    await expect(customers.update({ id: c.id }, { email: 'nope' })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect((await customers.getOrFail({ id: c.id })).email).toBe('v@example.com');
    const ok = await customers.update({ id: c.id }, { name: 'Valid' });
    expect(ok.name).toBe('Valid');
  });

  test('update with a failing condition is ConditionalCheckFailedError and writes nothing', async () => {
    const customers = db.getRepository(Customer);
    const c = await customers.create({ email: 'cond@example.com', name: 'Cond', points: 5 });
    await expect(
      customers.update({ id: c.id }, { name: 'Changed' }, { condition: { points: { gt: 100 } } }),
    ).rejects.toBeInstanceOf(ConditionalCheckFailedError);
    expect((await customers.getOrFail({ id: c.id })).name).toBe('Cond');
    const ok = await customers.update(
      { id: c.id },
      { name: 'Changed' },
      { condition: { points: { gte: 5 } } },
    );
    expect(ok.name).toBe('Changed');
  });

  test('update recomputes index keys so the index finds the item by its new value', async () => {
    const customers = db.getRepository(Customer);
    const c = await customers.create({ email: 'old@example.com', name: 'Idx' });
    await customers.update({ id: c.id }, { email: 'new@example.com' });
    const byNew = await customers.query({ email: 'new@example.com' }, { index: 'GSI1' });
    expect(byNew.items.map((i) => i.id)).toEqual([c.id]);
    const byOld = await customers.query({ email: 'old@example.com' }, { index: 'GSI1' });
    expect(byOld.items).toEqual([]);
  });

  test('an update that would leave an index key half-built is refused', async () => {
    const orders = db.getRepository(Order);
    const o = await orders.create({
      customerId: 'c1',
      placedAt: '2026-11-01',
      status: 'open',
      total: 10,
    });
    // GSI2 needs status and total; changing only status without knowing total would write a stale key.
    await expect(
      orders.update({ customerId: 'c1', placedAt: '2026-11-01', id: o.id }, { status: 'paid' }),
    ).rejects.toBeInstanceOf(KeyTemplateError);
    const ok = await orders.update(
      { customerId: 'c1', placedAt: '2026-11-01', id: o.id },
      { status: 'paid', total: 10 },
    );
    expect(ok.status).toBe('paid');
    const paid = await orders.query({ status: 'paid' }, { index: 'GSI2' });
    expect(paid.items.map((i) => i.id)).toEqual([o.id]);
  });

  test('delete removes the item and returns it; a failing condition keeps it', async () => {
    const products = db.getRepository(Product);
    await products.create({ sku: 'D', title: 'Del', stock: 2 });
    await expect(products.delete({ sku: 'D' }, { condition: { stock: 0 } })).rejects.toBeInstanceOf(
      ConditionalCheckFailedError,
    );
    expect(await products.get({ sku: 'D' })).toBeDefined();
    const deleted = await products.delete({ sku: 'D' });
    expect(deleted?.title).toBe('Del');
    expect(await products.get({ sku: 'D' })).toBeUndefined();
  });

  test('ttl is stored as epoch seconds and read back as a Date', async () => {
    const customers = db.getRepository(Customer);
    const expiresAt = new Date('2030-01-01T00:00:00Z');
    const c = await customers.create({ email: 'ttl@example.com', name: 'T', expiresAt });
    const raw = await db.documentClient.send(
      new GetCommand({ TableName: db.tableName, Key: { PK: `CUSTOMER#${c.id}`, SK: 'PROFILE' } }),
    );
    expect(raw.Item!.expiresAt).toBe(1893456000);
    expect((await customers.getOrFail({ id: c.id })).expiresAt).toEqual(expiresAt);
  });
});
