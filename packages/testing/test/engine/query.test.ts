import { QueryCommand as LowLevelQuery } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createEngine, createTable, errorOf, gsi } from './engine-test-kit';

async function setup() {
  const kit = createEngine();
  const byStatus = gsi('GSI1', { ProjectionType: 'INCLUDE', NonKeyAttributes: ['amount'] });
  await createTable(kit.client, {
    globalIndexes: [byStatus.index],
    localIndexes: [
      {
        IndexName: 'byTotal',
        KeySchema: [
          { AttributeName: 'PK', KeyType: 'HASH' },
          { AttributeName: 'amount', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'KEYS_ONLY' },
      },
    ],
    extraAttributes: [...byStatus.attributes, { AttributeName: 'amount', AttributeType: 'N' }],
  });
  const orders = [1, 2, 3, 4, 5].map((n) => ({
    PK: 'CUSTOMER#1',
    SK: `ORDER#2026-0${n}`,
    amount: n * 10,
    note: `order ${n}`,
    ...(n % 2 === 1 ? { GSI1PK: 'STATUS#open', GSI1SK: `2026-0${n}` } : {}),
  }));
  await kit.documents.send(
    new BatchWriteCommand({
      RequestItems: { app: [...orders, { PK: 'CUSTOMER#1', SK: 'PROFILE', name: 'Ann' }, { PK: 'CUSTOMER#2', SK: 'PROFILE' }].map((Item) => ({ PutRequest: { Item } })) },
    }),
  );
  return kit;
}

const ordersOf = (extra: Record<string, unknown> = {}) =>
  new QueryCommand({
    TableName: 'app',
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: { ':pk': 'CUSTOMER#1', ':prefix': 'ORDER#' },
    ...extra,
  });

describe('Query through a real DynamoDBClient', () => {
  it('returns an item collection in sort-key order, forward and backward', async () => {
    const { documents } = await setup();
    const forward = await documents.send(ordersOf());
    expect(forward.Items?.map((item) => item.SK)).toEqual(['ORDER#2026-01', 'ORDER#2026-02', 'ORDER#2026-03', 'ORDER#2026-04', 'ORDER#2026-05']);
    expect(forward).toMatchObject({ Count: 5, ScannedCount: 5 });
    const backward = await documents.send(ordersOf({ ScanIndexForward: false, Limit: 2 }));
    expect(backward.Items?.map((item) => item.SK)).toEqual(['ORDER#2026-05', 'ORDER#2026-04']);
    expect(backward.LastEvaluatedKey).toEqual({ PK: 'CUSTOMER#1', SK: 'ORDER#2026-04' });
  });

  it.each([
    ['SK < :v', 'ORDER#2026-03', ['ORDER#2026-01', 'ORDER#2026-02']],
    ['SK <= :v', 'ORDER#2026-02', ['ORDER#2026-01', 'ORDER#2026-02']],
    ['SK > :v', 'ORDER#2026-04', ['ORDER#2026-05', 'PROFILE']],
    ['SK >= :v', 'ORDER#2026-05', ['ORDER#2026-05', 'PROFILE']],
    ['SK = :v', 'PROFILE', ['PROFILE']],
  ])('supports the sort-key condition %s', async (condition, value, expected) => {
    const { documents } = await setup();
    const result = await documents.send(
      new QueryCommand({
        TableName: 'app',
        KeyConditionExpression: `PK = :pk AND ${condition}`,
        ExpressionAttributeValues: { ':pk': 'CUSTOMER#1', ':v': value },
      }),
    );
    expect(result.Items?.map((item) => item.SK)).toEqual(expected);
  });

  it('supports BETWEEN', async () => {
    const { documents } = await setup();
    const result = await documents.send(
      new QueryCommand({
        TableName: 'app',
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :a AND :b',
        ExpressionAttributeValues: { ':pk': 'CUSTOMER#1', ':a': 'ORDER#2026-02', ':b': 'ORDER#2026-04' },
        ScanIndexForward: false,
      }),
    );
    expect(result.Items?.map((item) => item.SK)).toEqual(['ORDER#2026-04', 'ORDER#2026-03', 'ORDER#2026-02']);
  });

  it('pages with Limit (counted before the filter) and ExclusiveStartKey', async () => {
    const { documents } = await setup();
    const first = await documents.send(
      ordersOf({ Limit: 2, FilterExpression: 'amount > :min', ExpressionAttributeValues: { ':pk': 'CUSTOMER#1', ':prefix': 'ORDER#', ':min': 10 } }),
    );
    expect(first.Items?.map((item) => item.amount)).toEqual([20]);
    expect(first).toMatchObject({ Count: 1, ScannedCount: 2, LastEvaluatedKey: { PK: 'CUSTOMER#1', SK: 'ORDER#2026-02' } });
    const collected: number[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await documents.send(ordersOf({ Limit: 2, ExclusiveStartKey: startKey }));
      collected.push(...(page.Items ?? []).map((item) => item.amount as number));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    expect(collected).toEqual([10, 20, 30, 40, 50]);
  });

  it('counts with Select COUNT', async () => {
    const { documents } = await setup();
    const result = await documents.send(ordersOf({ Select: 'COUNT' }));
    expect(result.Items).toBeUndefined();
    expect(result).toMatchObject({ Count: 5, ScannedCount: 5 });
  });

  it('queries a sparse GSI with its projection, and pages with index + table keys', async () => {
    const { documents } = await setup();
    const result = await documents.send(
      new QueryCommand({
        TableName: 'app',
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :s',
        ExpressionAttributeValues: { ':s': 'STATUS#open' },
        Limit: 2,
      }),
    );
    expect(result.Items).toEqual([
      { PK: 'CUSTOMER#1', SK: 'ORDER#2026-01', GSI1PK: 'STATUS#open', GSI1SK: '2026-01', amount: 10 },
      { PK: 'CUSTOMER#1', SK: 'ORDER#2026-03', GSI1PK: 'STATUS#open', GSI1SK: '2026-03', amount: 30 },
    ]);
    expect(result.LastEvaluatedKey).toEqual({ PK: 'CUSTOMER#1', SK: 'ORDER#2026-03', GSI1PK: 'STATUS#open', GSI1SK: '2026-03' });
    const rest = await documents.send(
      new QueryCommand({
        TableName: 'app',
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :s',
        ExpressionAttributeValues: { ':s': 'STATUS#open' },
        ExclusiveStartKey: result.LastEvaluatedKey,
      }),
    );
    expect(rest.Items?.map((item) => item.SK)).toEqual(['ORDER#2026-05']);
  });

  it('queries an LSI in its sort order and fetches unprojected attributes from the table', async () => {
    const { documents } = await setup();
    const result = await documents.send(
      new QueryCommand({
        TableName: 'app',
        IndexName: 'byTotal',
        KeyConditionExpression: 'PK = :pk AND amount >= :min',
        ExpressionAttributeValues: { ':pk': 'CUSTOMER#1', ':min': 40 },
        Select: 'ALL_ATTRIBUTES',
      }),
    );
    expect(result.Items?.map((item) => item.note)).toEqual(['order 4', 'order 5']);
    const projected = await documents.send(
      new QueryCommand({
        TableName: 'app',
        IndexName: 'byTotal',
        KeyConditionExpression: 'PK = :pk AND amount >= :min',
        ExpressionAttributeValues: { ':pk': 'CUSTOMER#1', ':min': 50 },
      }),
    );
    expect(projected.Items).toEqual([{ PK: 'CUSTOMER#1', SK: 'ORDER#2026-05', amount: 50 }]);
  });

  it.each([
    [
      'a filter on a key attribute',
      { FilterExpression: 'SK = :x', ExpressionAttributeValues: { ':pk': 'CUSTOMER#1', ':prefix': 'ORDER#', ':x': 'a' } },
      'Filter Expression can only contain non-primary key attributes: Primary key attribute: SK',
    ],
    ['a consistent read on a GSI', { IndexName: 'GSI1', ConsistentRead: true }, 'Consistent reads are not supported on global secondary indexes'],
    ['an unknown index', { IndexName: 'nope' }, 'The table does not have the specified index: nope'],
    [
      'ALL_ATTRIBUTES on a partial GSI',
      { IndexName: 'GSI1', Select: 'ALL_ATTRIBUTES' },
      'One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index GSI1 because its projection type is not ALL',
    ],
  ])('refuses %s', async (_case, extra, message) => {
    const { documents } = await setup();
    const base =
      'IndexName' in extra
        ? { KeyConditionExpression: 'GSI1PK = :s', ExpressionAttributeValues: { ':s': 'STATUS#open' } }
        : {};
    const error = await errorOf(() => documents.send(ordersOf({ ...base, ...extra })));
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe(message);
  });

  it('stops a page at 1 MB of items read', async () => {
    const kit = createEngine();
    await createTable(kit.client);
    const blob = 'x'.repeat(300 * 1024);
    for (let i = 0; i < 5; i++) await kit.documents.send(new PutCommand({ TableName: 'app', Item: { PK: 'big', SK: `${i}`, blob } }));
    const page = await kit.documents.send(
      new QueryCommand({ TableName: 'app', KeyConditionExpression: 'PK = :p', ExpressionAttributeValues: { ':p': 'big' } }),
    );
    expect(page.Count).toBe(4);
    expect(page.LastEvaluatedKey).toEqual({ PK: 'big', SK: '3' });
  });

  it('works with the low-level client and reports capacity', async () => {
    const { client } = await setup();
    const result = await client.send(
      new LowLevelQuery({
        TableName: 'app',
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': { S: 'CUSTOMER#2' } },
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    expect(result.Items).toEqual([{ PK: { S: 'CUSTOMER#2' }, SK: { S: 'PROFILE' } }]);
    expect(result.ConsumedCapacity).toEqual({ TableName: 'app', CapacityUnits: 0.5 });
  });
});
