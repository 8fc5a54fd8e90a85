/**
 * Offline tests: the exact requests relations and unique markers produce, captured by
 * `db.explain` without sending anything.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Monotable } from '../src';
import { Customer, Order, Product, ShopTable, shopEntities } from './fixtures/shop';

const now = new Date('2026-11-23T10:00:00.000Z');
const db = new Monotable({
  client: new DynamoDBClient({
    region: 'local',
    endpoint: 'http://127.0.0.1:9',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  }),
  table: ShopTable,
  entities: shopEntities,
  now: () => now,
});

describe('exact relation and unique-marker requests', () => {
  test('include: one Query spanning the owner and its children, filtered to their types', async () => {
    const request = await db.explain(() =>
      db.getRepository(Customer).get({ id: 'c1' }, { include: ['orders', 'addresses', 'cart'] }),
    );
    expect(request).toEqual({
      operation: 'Query',
      params: {
        TableName: 'shop',
        KeyConditionExpression: '#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2',
        FilterExpression: '#n2 IN (:v3, :v4, :v5, :v6)',
        ExpressionAttributeNames: { '#n0': 'PK', '#n1': 'SK', '#n2': '_type' },
        ExpressionAttributeValues: {
          ':v0': 'CUSTOMER#c1',
          ':v1': 'ADDRESS#',
          ':v2': 'PROFILE',
          ':v3': 'Customer',
          ':v4': 'Order',
          ':v5': 'Address',
          ':v6': 'Cart',
        },
      },
    });
  });

  test('nested keys narrow the range to one order and its lines', async () => {
    const request = await db.explain(() =>
      db.getRepository(Order).get({ customerId: 'c1', id: 'o1' }, { include: ['lines'] }),
    );
    expect(request.params.ExpressionAttributeValues).toMatchObject({
      ':v0': 'CUSTOMER#c1',
      ':v1': 'ORDER#o1',
      ':v2': 'ORDER#o1#LINE$',
    });
  });

  test('relation pages query the index that holds them, begins_with the children prefix', async () => {
    const product = Object.assign(new Product(), { sku: 'p1' });
    const request = await db.explain(() => db.relation(product, 'lines').list({ limit: 5 }));
    expect(request.params).toMatchObject({
      IndexName: 'GSI1',
      KeyConditionExpression: '#n0 = :v0 AND begins_with(#n1, :v1)',
      ExpressionAttributeNames: { '#n0': 'GSI1PK', '#n1': 'GSI1SK' },
      ExpressionAttributeValues: { ':v0': 'PRODUCT#p1', ':v1': 'ORDER#' },
      Limit: 5,
    });
  });

  test('many-to-many add: one Put of the edge, keys from both sides', async () => {
    const order = Object.assign(new Order(), { customerId: 'c1', id: 'o1' });
    const product = Object.assign(new Product(), { sku: 'p1' });
    const request = await db.explain(() =>
      db.relation(order, 'products').add(product, { quantity: 3 }),
    );
    expect(request).toEqual({
      operation: 'PutItem',
      params: {
        TableName: 'shop',
        Item: {
          PK: 'CUSTOMER#c1',
          SK: 'ORDER#o1#LINE#p1',
          GSI1PK: 'PRODUCT#p1',
          GSI1SK: 'ORDER#o1',
          _type: 'OrderLine',
          _v: 1,
          customerId: 'c1',
          orderId: 'o1',
          sku: 'p1',
          quantity: 3,
        },
      },
    });
  });

  test('create with unique values: the item and conditional marker Puts in one transaction', async () => {
    const expiresAt = new Date('2027-01-01T00:00:00.000Z');
    const request = await db.explain(() =>
      db.getRepository(Customer).create({ id: 'c1', email: 'a@example.com', name: 'A', expiresAt }),
    );
    expect(request.operation).toBe('TransactWriteItems');
    const [item, marker] = request.params.TransactItems;
    expect(item.Put.ConditionExpression).toBe('attribute_not_exists(#n0)');
    expect(marker.Put).toEqual({
      TableName: 'shop',
      Item: {
        PK: 'UNIQUE#Customer#email#a@example.com',
        SK: 'UNIQUE',
        _type: '$unique',
        _owner: 'CUSTOMER#c1',
        _ownerSk: 'PROFILE',
        expiresAt: expiresAt.getTime() / 1000,
      },
      ConditionExpression: 'attribute_not_exists(#n0) OR (#n1 = :v0 AND #n2 = :v1) OR #n3 < :v2',
      ExpressionAttributeNames: {
        '#n0': 'PK',
        '#n1': '_owner',
        '#n2': '_ownerSk',
        '#n3': 'expiresAt',
      },
      ExpressionAttributeValues: {
        ':v0': 'CUSTOMER#c1',
        ':v1': 'PROFILE',
        ':v2': now.getTime() / 1000,
      },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    });
    expect(request.params.TransactItems).toHaveLength(2);
  });
});
