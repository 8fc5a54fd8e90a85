import { MemoryDynamoDB, type EngineServer } from '../../src/engine';

/**
 * Raw JSON bodies (wrong member types, null members, '__proto__' keys, absurdly nested
 * expressions) that no SDK would send, over HTTP, answered as DynamoDB answers them: never a 500.
 */

const SERIALIZATION = 'com.amazon.coral.service#SerializationException';
const VALIDATION = 'com.amazon.coral.validate#ValidationException';
const TABLE = { TableName: 'app' };
const KEY = { pk: { S: 'a' }, sk: { S: '1' } };
const ITEM = { ...KEY, n: { N: '1' } };
const BY_PARTITION = {
  KeyConditions: { pk: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'a' }] } },
};

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

let engine: MemoryDynamoDB;
let server: EngineServer;

/** POSTs a body (an object is sent as its JSON) and returns the status and parsed JSON answer. */
async function send(operation: string, body: object | string): Promise<Answer> {
  const response = await fetch(server.endpoint, {
    method: 'POST',
    headers: {
      'x-amz-target': `DynamoDB_20120810.${operation}`,
      'content-type': 'application/x-amz-json-1.0',
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  engine = new MemoryDynamoDB();
  server = await engine.listen();
  await send('CreateTable', {
    ...TABLE,
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'S' },
    ],
    BillingMode: 'PAY_PER_REQUEST',
  });
  expect(await send('PutItem', { ...TABLE, Item: ITEM })).toEqual({ status: 200, body: {} });
});

afterAll(() => server.close());

describe('a member of the wrong JSON type is a SerializationException, as DynamoDB answers it', () => {
  const cases: [name: string, operation: string, body: object, message: string][] = [
    ['Limit as a string', 'Scan', { ...TABLE, Limit: '5' }, 'STRING_VALUE can not be converted to an Integer'],
    ['Limit as an object', 'Query', { ...TABLE, ...BY_PARTITION, Limit: { a: 1 } }, 'Start of structure or map found where not expected.'],
    ['Limit as a list', 'Scan', { ...TABLE, Limit: [1] }, 'Start of list found where not expected'],
    ['Limit as true', 'ListTables', { Limit: true }, 'TRUE_VALUE can not be converted to an Integer'],
    ['TotalSegments as a string', 'Scan', { ...TABLE, TotalSegments: '2', Segment: 0 }, 'STRING_VALUE can not be converted to an Integer'],
    ['Segment as an object', 'Scan', { ...TABLE, TotalSegments: 2, Segment: {} }, 'Start of structure or map found where not expected.'],
    ['Segment as false', 'Scan', { ...TABLE, TotalSegments: 2, Segment: false }, 'FALSE_VALUE can not be converted to an Integer'],
    ['ConsistentRead as a string', 'GetItem', { ...TABLE, Key: KEY, ConsistentRead: 'true' }, 'STRING_VALUE can not be converted to a Boolean'],
    ['ConsistentRead as a number', 'Scan', { ...TABLE, ConsistentRead: 1 }, 'NUMBER_VALUE can not be converted to a Boolean'],
    ['TableName as a number', 'DescribeTable', { TableName: 5 }, 'NUMBER_VALUE can not be converted to a String'],
    ['Select as a list', 'Scan', { ...TABLE, Select: ['COUNT'] }, 'Start of list found where not expected'],
    ['an S value as a number', 'PutItem', { ...TABLE, Item: { ...KEY, s: { S: 5 } } }, 'NUMBER_VALUE can not be converted to a String'],
    ['a BOOL value as a string', 'PutItem', { ...TABLE, Item: { ...KEY, b: { BOOL: 'yes' } } }, 'STRING_VALUE can not be converted to a Boolean'],
    ['an attribute value as a string', 'PutItem', { ...TABLE, Item: { ...KEY, s: 'x' } }, 'Expected null'],
    ['an L value as a string', 'PutItem', { ...TABLE, Item: { ...KEY, l: { L: 'x' } } }, 'Expected list or null'],
    ['an M value as a list', 'PutItem', { ...TABLE, Item: { ...KEY, m: { M: [] } } }, 'Start of list found where not expected'],
    ['an Item as a list', 'PutItem', { ...TABLE, Item: [] }, 'Start of list found where not expected'],
    ['a Key as a string', 'DeleteItem', { ...TABLE, Key: 'a' }, 'Expected map or null'],
    ['an ExclusiveStartKey value of the wrong type', 'Scan', { ...TABLE, ExclusiveStartKey: { pk: { S: 1 } } }, 'NUMBER_VALUE can not be converted to a String'],
    ['an ExpressionAttributeNames value as a number', 'GetItem', { ...TABLE, Key: KEY, ProjectionExpression: '#n', ExpressionAttributeNames: { '#n': 1 } }, 'NUMBER_VALUE can not be converted to a String'],
    ['a KeySchema as an object', 'CreateTable', { TableName: 'other', KeySchema: { AttributeName: 'pk' } }, 'Start of structure or map found where not expected.'],
    ['ReadCapacityUnits as a string', 'CreateTable', { TableName: 'other', ProvisionedThroughput: { ReadCapacityUnits: '1' } }, 'STRING_VALUE can not be converted to a Long'],
    ['a KeyConditions entry as a string', 'Query', { ...TABLE, KeyConditions: { pk: 'EQ' } }, 'Expected null'],
    ['RequestItems as a list', 'BatchGetItem', { RequestItems: [] }, 'Start of list found where not expected'],
    ['TransactItems as an object', 'TransactWriteItems', { TransactItems: {} }, 'Start of structure or map found where not expected.'],
    ['a transaction Put Item of the wrong type', 'TransactWriteItems', { TransactItems: [{ Put: { ...TABLE, Item: { ...KEY, n: { N: 1 } } } }] }, 'NUMBER_VALUE can not be converted to a String'],
  ];

  it.each(cases)('%s (%s)', async (_name, operation, body, message) => {
    expect(await send(operation, body)).toEqual({
      status: 400,
      body: { __type: SERIALIZATION, Message: message },
    });
  });

  it('answers the in-process client (engine.answer) exactly as it answers HTTP', async () => {
    for (const [, operation, body] of cases) {
      const wire = engine.answer(`DynamoDB_20120810.${operation}`, JSON.stringify(body));
      expect({ status: wire.statusCode, body: JSON.parse(wire.body) }).toEqual(await send(operation, body));
    }
  });
});

describe('null members are ignored, as DynamoDB ignores them', () => {
  const allItems = { Items: [ITEM], Count: 1, ScannedCount: 1 };
  const cases: [name: string, operation: string, body: object, output: object][] = [
    ['ListTables with a null Limit', 'ListTables', { Limit: null, ExclusiveStartTableName: null }, { TableNames: ['app'] }],
    ['GetItem with null ProjectionExpression and AttributesToGet', 'GetItem', { ...TABLE, Key: KEY, ProjectionExpression: null, AttributesToGet: null, ConsistentRead: null }, { Item: ITEM }],
    ['Query with a null QueryFilter', 'Query', { ...TABLE, ...BY_PARTITION, QueryFilter: null, Limit: null, ExclusiveStartKey: null }, allItems],
    ['Scan with null members', 'Scan', { ...TABLE, Limit: null, ScanFilter: null, Select: null, Segment: null, TotalSegments: null, ExpressionAttributeValues: null }, allItems],
    ['an AttributeValue with a null type member', 'GetItem', { ...TABLE, Key: { pk: { S: 'a', N: null }, sk: { S: '1' } } }, { Item: ITEM }],
    ['Query with an empty QueryFilter and legacy KeyConditions', 'Query', { ...TABLE, ...BY_PARTITION, QueryFilter: {} }, allItems],
    ['Scan with an empty ScanFilter', 'Scan', { ...TABLE, ScanFilter: {} }, allItems],
  ];

  it.each(cases)('%s', async (_name, operation, body, output) => {
    expect(await send(operation, body)).toEqual({ status: 200, body: output });
  });
});

describe('null elements DynamoDB Local fails on (HTTP 500) are refused as empty elements', () => {
  const other = {
    TableName: 'other',
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }],
    BillingMode: 'PAY_PER_REQUEST',
  };
  const invalidName =
    "Invalid table/index name.  Table/index names must be between 3 and 255 characters long, and may contain only the characters a-z, A-Z, 0-9, '_', '-', and '.'";
  it.each([
    ['a transaction action', 'TransactWriteItems', { TransactItems: [null] }, 'Invalid Request: TransactWriteRequest should contain Delete or Put or Update request'],
    ['an AttributeUpdates entry', 'UpdateItem', { ...TABLE, Key: KEY, AttributeUpdates: { a: null } }, 'One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is specified'],
    ['a binary set member', 'PutItem', { ...TABLE, Item: { ...KEY, b: { BS: [null] } } }, 'One or more parameter values were invalid: An binary set may not have a null binary as a member'],
    ['an attribute definition', 'CreateTable', { ...other, AttributeDefinitions: [null] }, 'Attribute name must be specified.'],
    ['a GSI', 'CreateTable', { ...other, GlobalSecondaryIndexes: [null] }, invalidName],
    ['an LSI', 'CreateTable', { ...other, LocalSecondaryIndexes: [null] }, invalidName],
    ['an index update', 'UpdateTable', { ...TABLE, GlobalSecondaryIndexUpdates: [null] }, 'Update global secondary index action is null'],
  ])('%s (%s)', async (_name, operation, body, message) => {
    const answer = await send(operation, body);
    expect(answer.status).toBe(400);
    expect(answer.body.message ?? answer.body.Message).toBe(message);
  });
});

describe('an attribute value with a "__proto__" member is empty, as DynamoDB Local answers it', () => {
  it.each([
    ['GetItem Key', 'GetItem', `{"TableName":"app","Key":{"pk":{"__proto__":{"S":"a"}},"sk":{"S":"1"}}}`],
    ['PutItem Item', 'PutItem', `{"TableName":"app","Item":{"pk":{"S":"b"},"sk":{"S":"1"},"x":{"__proto__":{"S":"v"}}}}`],
  ])('%s', async (_name, operation, body) => {
    expect(await send(operation, body)).toEqual({
      status: 400,
      body: {
        __type: VALIDATION,
        Message: 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes',
      },
    });
  });
});

describe('an attribute named "__proto__" is an ordinary attribute', () => {
  const key = '"pk":{"S":"proto"},"sk":{"S":"1"}';
  const stored = `{${key},"__proto__":{"M":{"polluted":{"S":"yes"},"__proto__":{"S":"nested"}}}}`;
  const names = { '#p': '__proto__' };

  it('is stored, read, queried, projected, updated and removed without touching any prototype', async () => {
    expect(await send('PutItem', `{"TableName":"app","Item":${stored}}`)).toEqual({ status: 200, body: {} });
    const read = await send('GetItem', `{"TableName":"app","Key":{${key}}}`);
    expect(read.status).toBe(200);
    expect(JSON.stringify(read.body)).toBe(`{"Item":${stored}}`);
    const queried = await send('Query', {
      ...TABLE,
      KeyConditionExpression: 'pk = :p',
      FilterExpression: 'attribute_exists(#p.#p)',
      ProjectionExpression: '#p.polluted',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: { ':p': { S: 'proto' } },
    });
    expect(JSON.stringify(queried.body)).toBe(
      '{"Items":[{"__proto__":{"M":{"polluted":{"S":"yes"}}}}],"Count":1,"ScannedCount":1}',
    );
    const updated = await send('UpdateItem', {
      ...TABLE,
      Key: JSON.parse(`{${key}}`),
      UpdateExpression: 'SET #p.#p = :v REMOVE #p.polluted',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: { ':v': { N: '2' } },
      ReturnValues: 'ALL_NEW',
    });
    expect(JSON.stringify(updated.body)).toBe(
      `{"Attributes":{${key},"__proto__":{"M":{"__proto__":{"N":"2"}}}}}`,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('does not make a missing attribute named like an Object.prototype member exist', async () => {
    const answer = await send('Scan', {
      ...TABLE,
      FilterExpression: 'attribute_exists(#a) OR attribute_exists(#b)',
      ExpressionAttributeNames: { '#a': 'toString', '#b': 'constructor' },
    });
    expect(answer).toEqual({ status: 200, body: { Items: [], Count: 0, ScannedCount: 2 } });
  });
});

describe('an expression nested 2,000 levels deep is a ValidationException, not a stack overflow', () => {
  const nested = (inner: string) => `${'('.repeat(2000)}${inner}${')'.repeat(2000)}`;
  const values = { ':v': { S: 'a' } };
  const redundant = 'The expression has redundant parentheses;';

  it.each([
    ['ConditionExpression', 'PutItem', { ...TABLE, Item: ITEM, ConditionExpression: nested('n = :v'), ExpressionAttributeValues: values }],
    ['FilterExpression', 'Scan', { ...TABLE, FilterExpression: nested('n = :v'), ExpressionAttributeValues: values }],
    ['KeyConditionExpression', 'Query', { ...TABLE, KeyConditionExpression: nested('pk = :v'), ExpressionAttributeValues: values }],
    ['UpdateExpression', 'UpdateItem', { ...TABLE, Key: KEY, UpdateExpression: `SET n = ${nested(':v')}`, ExpressionAttributeValues: values }],
  ])('%s', async (kind, operation, body) => {
    expect(await send(operation, body)).toEqual({
      status: 400,
      body: { __type: VALIDATION, Message: `Invalid ${kind}: ${redundant}` },
    });
  });

  it('names the nesting when no parentheses are redundant', async () => {
    const calls = `${'f('.repeat(1300)}n${')'.repeat(1300)} = :v`;
    expect(await send('Scan', { ...TABLE, FilterExpression: calls, ExpressionAttributeValues: values })).toEqual({
      status: 400,
      body: {
        __type: VALIDATION,
        Message: 'Invalid FilterExpression: The expression has too many nesting levels; nesting levels: 1300',
      },
    });
  });
});
