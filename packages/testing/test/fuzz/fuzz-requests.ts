import fc from 'fast-check';
import {
  conditionExpression,
  keyConditionExpression,
  projectionExpression,
  updateExpression,
  type Expression,
} from './fuzz-expressions';
import {
  anyJson,
  attributeMap,
  attributeName,
  attributeValue,
  item,
  key,
  maybeBroken,
} from './fuzz-values';

/**
 * Random DynamoDB requests over the fuzzed tables (see fuzz-tables.ts): every operation, its
 * members present or not, valid or not. Table names are placeholders ($T, $U, $S, $M) that the
 * test maps to its own tables. Item operations go to $T and $U; operations that change a table
 * go to the scratch table $S or to $M, which never exists, so that the tables both engines read
 * stay alike.
 */

export interface FuzzRequest {
  operation: string;
  body: Record<string, unknown>;
}

const itemTable = fc.oneof(
  { arbitrary: fc.constant('$T'), weight: 8 },
  { arbitrary: fc.constantFrom('$U', '$M'), weight: 2 },
  { arbitrary: fc.constantFrom('ab', '', 'bad name!'), weight: 1 },
);
const scratchTable = fc.oneof(
  { arbitrary: fc.constantFrom('$S', '$M'), weight: 6 },
  { arbitrary: fc.constantFrom('ab', ''), weight: 1 },
);
const returnValues = fc.constantFrom(
  'NONE',
  'ALL_OLD',
  'ALL_NEW',
  'UPDATED_OLD',
  'UPDATED_NEW',
  'XX',
);
const capacity = fc.constantFrom('NONE', 'TOTAL', 'INDEXES', 'XX');
const select = fc.constantFrom(
  'ALL_ATTRIBUTES',
  'ALL_PROJECTED_ATTRIBUTES',
  'COUNT',
  'SPECIFIC_ATTRIBUTES',
  'XX',
);
const indexName = fc.constantFrom('byG', 'byAB', 'byL', 'nope', 'ab');
const limit = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(0, -1, 101));
const legacyCondition = fc.dictionary(
  attributeName,
  fc.oneof(
    fc.record(
      {
        ComparisonOperator: fc.constantFrom(
          'EQ',
          'NE',
          'GT',
          'BEGINS_WITH',
          'BETWEEN',
          'IN',
          'NULL',
          'NOT_NULL',
          'XX',
        ),
        AttributeValueList: fc.array(attributeValue, { maxLength: 2 }),
      },
      { requiredKeys: ['ComparisonOperator'] },
    ),
    fc.constant(null),
  ),
  { maxKeys: 2 },
);
const expected = fc.dictionary(
  attributeName,
  fc.record(
    {
      Exists: fc.boolean(),
      Value: attributeValue,
      ComparisonOperator: fc.constantFrom('EQ', 'NULL'),
    },
    { requiredKeys: [] },
  ),
  { maxKeys: 2 },
);
const attributeUpdates = fc.dictionary(
  attributeName,
  fc.record(
    { Action: fc.constantFrom('PUT', 'ADD', 'DELETE', 'XX'), Value: attributeValue },
    { requiredKeys: [] },
  ),
  { minKeys: 1, maxKeys: 2 },
);

/** A record whose members are each present or not, and each sometimes broken. */
function members(
  model: Record<string, fc.Arbitrary<unknown>>,
  required: string[] = [],
): fc.Arbitrary<Record<string, unknown>> {
  const broken = Object.fromEntries(
    Object.entries(model).map(([name, arbitrary]) => [name, maybeBroken(arbitrary)]),
  );
  return fc.record(broken, { requiredKeys: required }) as fc.Arbitrary<Record<string, unknown>>;
}

/** Joins expressions into one request: their texts, and placeholder maps holding (mostly) what they use. */
function withExpressions(
  body: Record<string, unknown>,
  expressions: Record<string, Expression | undefined>,
  keepUnused: boolean,
): Record<string, unknown> {
  const present = Object.entries(expressions).filter(
    (entry): entry is [string, Expression] => entry[1] !== undefined,
  );
  if (present.length === 0) return body;
  const texts = present.map(([, expression]) => expression.text).join(' ');
  const used = (map: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(map).filter(([placeholder]) => keepUnused || texts.includes(placeholder)),
    );
  const names = present.reduce(
    (all, [, expression]) => ({ ...all, ...used(expression.names) }),
    {},
  );
  const values = present.reduce(
    (all, [, expression]) => ({ ...all, ...used(expression.values) }),
    {},
  );
  return {
    ...body,
    ...Object.fromEntries(present.map(([member, expression]) => [member, expression.text])),
    ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}),
    ...(Object.keys(values).length > 0 ? { ExpressionAttributeValues: values } : {}),
  };
}

const optional = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.option(arbitrary, { nil: undefined, freq: 2 });
/** Now and then, placeholders no expression uses are left in (DynamoDB refuses them). */
const keepUnused = fc.oneof(
  { arbitrary: fc.constant(false), weight: 9 },
  { arbitrary: fc.constant(true), weight: 1 },
);

function request(
  operation: string,
  body: fc.Arbitrary<Record<string, unknown>>,
): fc.Arbitrary<FuzzRequest> {
  return body.map((generated) => ({ operation, body: generated }));
}

const getItem = request(
  'GetItem',
  fc
    .tuple(
      members(
        {
          TableName: itemTable,
          Key: key,
          ConsistentRead: fc.boolean(),
          ReturnConsumedCapacity: capacity,
          AttributesToGet: fc.array(attributeName, { maxLength: 2 }),
        },
        ['TableName', 'Key'],
      ),
      optional(projectionExpression),
      keepUnused,
    )
    .map(([body, projection, unused]) =>
      withExpressions(body, { ProjectionExpression: projection }, unused),
    ),
);
const putItem = request(
  'PutItem',
  fc
    .tuple(
      members(
        {
          TableName: itemTable,
          Item: item,
          ReturnValues: returnValues,
          ReturnConsumedCapacity: capacity,
          Expected: expected,
          ReturnValuesOnConditionCheckFailure: fc.constantFrom('ALL_OLD', 'NONE'),
        },
        ['TableName', 'Item'],
      ),
      optional(conditionExpression),
      keepUnused,
    )
    .map(([body, condition, unused]) =>
      withExpressions(body, { ConditionExpression: condition }, unused),
    ),
);
const updateItem = request(
  'UpdateItem',
  fc
    .tuple(
      members(
        {
          TableName: itemTable,
          Key: key,
          ReturnValues: returnValues,
          ReturnConsumedCapacity: capacity,
          AttributeUpdates: attributeUpdates,
          Expected: expected,
        },
        ['TableName', 'Key'],
      ),
      optional(updateExpression),
      optional(conditionExpression),
      keepUnused,
    )
    .map(([body, update, condition, unused]) =>
      withExpressions(body, { UpdateExpression: update, ConditionExpression: condition }, unused),
    ),
);
const deleteItem = request(
  'DeleteItem',
  fc
    .tuple(
      members(
        {
          TableName: itemTable,
          Key: key,
          ReturnValues: returnValues,
          ReturnConsumedCapacity: capacity,
          Expected: expected,
        },
        ['TableName', 'Key'],
      ),
      optional(conditionExpression),
      keepUnused,
    )
    .map(([body, condition, unused]) =>
      withExpressions(body, { ConditionExpression: condition }, unused),
    ),
);
const query = request(
  'Query',
  fc
    .tuple(
      members(
        {
          TableName: itemTable,
          IndexName: indexName,
          Select: select,
          Limit: limit,
          ConsistentRead: fc.boolean(),
          ScanIndexForward: fc.boolean(),
          ExclusiveStartKey: attributeMap(attributeName, 4),
          ReturnConsumedCapacity: capacity,
          KeyConditions: legacyCondition,
          QueryFilter: legacyCondition,
          AttributesToGet: fc.array(attributeName, { maxLength: 2 }),
        },
        ['TableName'],
      ),
      optional(keyConditionExpression),
      optional(conditionExpression),
      optional(projectionExpression),
      keepUnused,
    )
    .map(([body, keyCondition, filter, projection, unused]) =>
      withExpressions(
        body,
        {
          KeyConditionExpression: keyCondition,
          FilterExpression: filter,
          ProjectionExpression: projection,
        },
        unused,
      ),
    ),
);
const scan = request(
  'Scan',
  fc
    .tuple(
      members(
        {
          TableName: itemTable,
          IndexName: indexName,
          Select: select,
          Limit: limit,
          Segment: fc.integer({ min: -1, max: 3 }),
          TotalSegments: fc.integer({ min: 0, max: 3 }),
          ExclusiveStartKey: attributeMap(attributeName, 4),
          ReturnConsumedCapacity: capacity,
          ScanFilter: legacyCondition,
        },
        ['TableName'],
      ),
      optional(conditionExpression),
      optional(projectionExpression),
      keepUnused,
    )
    .map(([body, filter, projection, unused]) =>
      withExpressions(body, { FilterExpression: filter, ProjectionExpression: projection }, unused),
    ),
);
const batchGetItem = request(
  'BatchGetItem',
  members(
    {
      RequestItems: fc.dictionary(
        itemTable,
        fc.oneof(
          members(
            {
              Keys: fc.array(key, { maxLength: 3 }),
              ConsistentRead: fc.boolean(),
              AttributesToGet: fc.array(attributeName, { maxLength: 2 }),
            },
            ['Keys'],
          ),
          fc.constant(null),
        ),
        { maxKeys: 2 },
      ),
      ReturnConsumedCapacity: capacity,
    },
    ['RequestItems'],
  ),
);
const writeRequest = fc.oneof(
  fc.record({ PutRequest: fc.record({ Item: item }) }),
  fc.record({ DeleteRequest: fc.record({ Key: key }) }),
  anyJson,
);
const batchWriteItem = request(
  'BatchWriteItem',
  members(
    {
      RequestItems: fc.dictionary(itemTable, fc.array(writeRequest, { maxLength: 3 }), {
        maxKeys: 2,
      }),
      ReturnConsumedCapacity: capacity,
    },
    ['RequestItems'],
  ),
);
const transactAction = fc.oneof(
  putItem.map(({ body }) => ({ Put: body })),
  updateItem.map(({ body }) => ({ Update: body })),
  deleteItem.map(({ body }) => ({ Delete: body })),
  deleteItem.map(({ body }) => ({ ConditionCheck: body })),
  anyJson,
);
const transactWriteItems = request(
  'TransactWriteItems',
  members(
    { TransactItems: fc.array(transactAction, { maxLength: 3 }), ReturnConsumedCapacity: capacity },
    ['TransactItems'],
  ),
);
const transactGetItems = request(
  'TransactGetItems',
  members(
    {
      TransactItems: fc.array(
        fc.oneof(
          getItem.map(({ body }) => ({ Get: body })),
          anyJson,
        ),
        { maxLength: 3 },
      ),
      ReturnConsumedCapacity: capacity,
    },
    ['TransactItems'],
  ),
);

const keySchema = fc.array(
  fc.record({ AttributeName: attributeName, KeyType: fc.constantFrom('HASH', 'RANGE', 'XX') }),
  { maxLength: 3 },
);
const definitions = fc.array(
  fc.record({ AttributeName: attributeName, AttributeType: fc.constantFrom('S', 'N', 'B', 'X') }),
  { maxLength: 3 },
);
const indexDefinition = members({
  IndexName: fc.constantFrom('gix', 'ab', 'lix'),
  KeySchema: keySchema,
  Projection: members({
    ProjectionType: fc.constantFrom('ALL', 'KEYS_ONLY', 'INCLUDE', 'abc'),
    NonKeyAttributes: fc.array(attributeName, { maxLength: 2 }),
  }),
});
const createTable = request(
  'CreateTable',
  members(
    {
      TableName: scratchTable,
      KeySchema: keySchema,
      AttributeDefinitions: definitions,
      BillingMode: fc.constantFrom('PAY_PER_REQUEST', 'PROVISIONED'),
      ProvisionedThroughput: fc.record({
        ReadCapacityUnits: fc.integer({ min: 0, max: 2 }),
        WriteCapacityUnits: fc.integer({ min: 0, max: 2 }),
      }),
      GlobalSecondaryIndexes: fc.array(indexDefinition, { maxLength: 2 }),
      LocalSecondaryIndexes: fc.array(indexDefinition, { maxLength: 1 }),
    },
    ['TableName'],
  ),
);
const updateTable = request(
  'UpdateTable',
  members(
    {
      TableName: scratchTable,
      AttributeDefinitions: definitions,
      BillingMode: fc.constantFrom('PAY_PER_REQUEST', 'PROVISIONED'),
      GlobalSecondaryIndexUpdates: fc.array(
        fc.oneof(
          fc.record({ Delete: fc.record({ IndexName: fc.constantFrom('gix', 'nope') }) }),
          fc.record({ Create: indexDefinition }),
          anyJson,
        ),
        { maxLength: 2 },
      ),
    },
    ['TableName'],
  ),
);
const tableRead = fc
  .constantFrom('DescribeTable', 'DescribeTimeToLive')
  .chain((operation) => request(operation, members({ TableName: itemTable }, ['TableName'])));
const deleteTable = request('DeleteTable', members({ TableName: scratchTable }, ['TableName']));
const listTables = request(
  'ListTables',
  members({ Limit: limit, ExclusiveStartTableName: fc.constantFrom('$T', '', 'ab', 'zzz') }),
);
const updateTimeToLive = request(
  'UpdateTimeToLive',
  members(
    {
      TableName: scratchTable,
      TimeToLiveSpecification: members({
        Enabled: fc.boolean(),
        AttributeName: fc.constantFrom('ttl', ''),
      }),
    },
    ['TableName'],
  ),
);

/** One request of any operation, item operations most often. */
export const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc.oneof(
  { arbitrary: putItem, weight: 4 },
  { arbitrary: getItem, weight: 3 },
  { arbitrary: updateItem, weight: 4 },
  { arbitrary: deleteItem, weight: 2 },
  { arbitrary: query, weight: 4 },
  { arbitrary: scan, weight: 3 },
  { arbitrary: batchGetItem, weight: 2 },
  { arbitrary: batchWriteItem, weight: 2 },
  { arbitrary: transactWriteItems, weight: 2 },
  { arbitrary: transactGetItems, weight: 1 },
  { arbitrary: createTable, weight: 1 },
  { arbitrary: updateTable, weight: 1 },
  { arbitrary: tableRead, weight: 1 },
  { arbitrary: deleteTable, weight: 1 },
  { arbitrary: listTables, weight: 1 },
  { arbitrary: updateTimeToLive, weight: 1 },
);
