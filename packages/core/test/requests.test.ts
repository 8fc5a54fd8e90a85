/**
 * Offline tests: the exact request each API call produces, captured by `db.explain` without
 * sending anything (the client points nowhere).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Monotable, increment, remove } from '../src';
import { AppTable, Customer, Order, Product, entities } from './fixtures/model';

const now = new Date('2026-11-23T10:00:00.000Z');
const db = new Monotable({
  client: new DynamoDBClient({
    region: 'local',
    endpoint: 'http://127.0.0.1:9',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  }),
  table: AppTable,
  entities,
  now: () => now,
});

describe('exact requests', () => {
  test('create: PutItem with attribute_not_exists on the partition key, keys and discriminator rendered', async () => {
    const request = await db.explain(() =>
      db.getRepository(Product).create({ sku: 'A1', title: 'Anvil', stock: 3 }),
    );
    expect(request).toEqual({
      operation: 'PutItem',
      params: {
        TableName: 'app',
        Item: {
          PK: 'PRODUCT#A1',
          SK: 'PRODUCT',
          _type: 'Product',
          _v: 1,
          sku: 'A1',
          title: 'Anvil',
          stock: 3,
        },
        ConditionExpression: 'attribute_not_exists(#n0)',
        ExpressionAttributeNames: { '#n0': 'PK' },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    });
  });

  test('create of an entity with an index renders the index keys', async () => {
    const request = await db.explain(() =>
      db.getRepository(Customer).create({ id: 'c1', email: 'a@example.com', name: 'A' }),
    );
    expect(request.params.Item).toMatchObject({
      PK: 'CUSTOMER#c1',
      SK: 'PROFILE',
      GSI1PK: 'EMAIL#a@example.com',
      GSI1SK: 'CUSTOMER',
      version: 1,
      createdAt: '2026-11-23T10:00:00.000Z',
      updatedAt: '2026-11-23T10:00:00.000Z',
    });
  });

  test('get: GetItem by the rendered key', async () => {
    const request = await db.explain(() =>
      db.getRepository(Product).get({ sku: 'A1' }, { consistent: true }),
    );
    expect(request).toEqual({
      operation: 'GetItem',
      params: { TableName: 'app', Key: { PK: 'PRODUCT#A1', SK: 'PRODUCT' }, ConsistentRead: true },
    });
  });

  test('update: SET/REMOVE with placeholders, version bump and check, existence condition', async () => {
    const request = await db.explain(() =>
      db
        .getRepository(Customer)
        .update({ id: 'c1' }, { points: increment(5), nickname: remove() }, { expectedVersion: 3 }),
    );
    expect(request.operation).toBe('UpdateItem');
    const { params } = request;
    expect(params.Key).toEqual({ PK: 'CUSTOMER#c1', SK: 'PROFILE' });
    const names = params.ExpressionAttributeNames as Record<string, string>;
    const byName = Object.fromEntries(Object.entries(names).map(([k, v]) => [v, k]));
    expect(params.UpdateExpression).toContain(`${byName.points} = if_not_exists(${byName.points}`);
    expect(params.UpdateExpression).toContain(`REMOVE ${byName.nickname}`);
    expect(params.UpdateExpression).toContain(byName.updatedAt);
    expect(params.UpdateExpression).toContain(byName.version);
    expect(params.ConditionExpression).toBe(
      `attribute_exists(${byName.PK}) AND ${byName.version} = ${Object.keys(
        params.ExpressionAttributeValues,
      ).find((k) => params.ExpressionAttributeValues[k] === 3)}`,
    );
    expect(Object.values(params.ExpressionAttributeValues)).toContain('2026-11-23T10:00:00.000Z');
  });

  test('update of a nested path stores a Date as ISO text, as it would be inside the whole map', async () => {
    const since = new Date('2020-01-02T03:04:05.000Z');
    const { params } = await db.explain(() =>
      db.getRepository(Customer).update({ id: 'c1' }, { 'address.since': since } as any),
    );
    expect(Object.values(params.ExpressionAttributeValues)).toContain('2020-01-02T03:04:05.000Z');
    expect(Object.values(params.ExpressionAttributeValues)).not.toContain(since);
  });

  test('expectedVersion on an entity without @Version is refused, not skipped', async () => {
    const products = db.getRepository(Product);
    const message = 'Product has no @Version() attribute; expectedVersion cannot be checked';
    await expect(
      db.explain(() => products.update({ sku: 'p1' }, { stock: 1 }, { expectedVersion: 1 })),
    ).rejects.toThrow(message);
    await expect(
      db.explain(() => products.delete({ sku: 'p1' }, { expectedVersion: 1 })),
    ).rejects.toThrow(message);
  });

  test('query: key condition from entity attributes, entity filter, order and limit', async () => {
    const request = await db.explain(() =>
      db
        .getRepository(Order)
        .query(
          { customerId: 'c1' },
          { where: { placedAt: { beginsWith: '2026-11' } }, order: 'desc', limit: 10 },
        ),
    );
    expect(request).toEqual({
      operation: 'Query',
      params: {
        TableName: 'app',
        KeyConditionExpression: '#n0 = :v0 AND begins_with(#n1, :v1)',
        FilterExpression: '#n2 = :v2',
        ScanIndexForward: false,
        Limit: 10,
        ExpressionAttributeNames: { '#n0': 'PK', '#n1': 'SK', '#n2': '_type' },
        ExpressionAttributeValues: { ':v0': 'CUSTOMER#c1', ':v1': 'ORDER#2026-11', ':v2': 'Order' },
      },
    });
  });

  test('index query with a padded number range', async () => {
    const request = await db.explain(() =>
      db
        .getRepository(Order)
        .query({ status: 'paid' }, { index: 'GSI2', where: { total: { between: [5, 120] } } }),
    );
    expect(request.params.IndexName).toBe('GSI2');
    expect(request.params.KeyConditionExpression).toBe('#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2');
    expect(request.params.ExpressionAttributeValues[':v0']).toBe('STATUS#paid');
    expect(request.params.ExpressionAttributeValues[':v1']).toBe('TOTAL#00000005');
    expect(
      String(request.params.ExpressionAttributeValues[':v2']).startsWith('TOTAL#00000120'),
    ).toBe(true);
  });

  test('delete with expected version', async () => {
    const request = await db.explain(() =>
      db
        .getRepository(Order)
        .delete({ customerId: 'c1', placedAt: 'd', id: 'o1' }, { expectedVersion: 2 }),
    );
    expect(request).toEqual({
      operation: 'DeleteItem',
      params: {
        TableName: 'app',
        Key: { PK: 'CUSTOMER#c1', SK: 'ORDER#d#o1' },
        ConditionExpression: '#n0 = :v0',
        ExpressionAttributeNames: { '#n0': 'version' },
        ExpressionAttributeValues: { ':v0': 2 },
        ReturnValues: 'ALL_OLD',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    });
  });

  test('transaction: one TransactWriteItems with an idempotency token', async () => {
    const request = await db.explain(() =>
      db.transaction(
        (tx) => {
          tx.put(Product, { sku: 'T1', title: 't', stock: 1 });
          tx.check(Product, { sku: 'T2' }, { stock: { gte: 1 } });
        },
        { idempotencyToken: 'tok' },
      ),
    );
    expect(request.operation).toBe('TransactWriteItems');
    expect(request.params.ClientRequestToken).toBe('tok');
    expect(request.params.TransactItems.map((i: object) => Object.keys(i)[0])).toEqual([
      'Put',
      'ConditionCheck',
    ]);
  });

  test('tableDefinition: keys and indexes from the table', () => {
    const definition = db.tableDefinition();
    expect(definition).toMatchObject({
      TableName: 'app',
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: 'PK', KeyType: 'HASH' },
        { AttributeName: 'SK', KeyType: 'RANGE' },
      ],
    });
    expect(definition.GlobalSecondaryIndexes!.map((i) => i.IndexName)).toEqual(['GSI1', 'GSI2']);
    expect(definition.AttributeDefinitions).toHaveLength(6);
  });
});
