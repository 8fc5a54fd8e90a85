import type { CaseGroup, ConformanceCase } from '../harness/conformance-case';
import {
  after,
  batchGet,
  del,
  get,
  last,
  listTables,
  put,
  query,
  scan,
  T,
  transactGet,
  update,
  updateTable,
  type Step,
} from '../harness/steps';
import { indexedTable, tableInput } from '../harness/tables';

/**
 * Checks that need the table's definition: document paths into key attributes (of the table or
 * of any index; key attributes are scalars), start keys of another scan segment, throughput
 * updates that change nothing; and a few request-only checks.
 */

const indexed: Step[] = [
  indexedTable(),
  put({ pk: 'a', sk: '1', gsi1pk: 'g', gsi1sk: 'x', lsi1sk: 1, n: 1 }),
  ...Array.from({ length: 20 }, (_, i) => put({ pk: `p${i}`, sk: 's', n: i })),
];
const KEY = { pk: 'a', sk: '1' };
const names = (name: string) => ({ ExpressionAttributeNames: { '#a': name } });

/** A provisioned table (2/3) with a provisioned GSI (4/5). */
const provisionedTable: Step = {
  op: 'CreateTable',
  input: tableInput({
    range: null,
    extra: {
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'g', AttributeType: 'S' },
      ],
      BillingMode: 'PROVISIONED',
      ProvisionedThroughput: { ReadCapacityUnits: 2, WriteCapacityUnits: 3 },
      GlobalSecondaryIndexes: [
        {
          IndexName: 'gix',
          KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }],
          Projection: { ProjectionType: 'ALL' },
          ProvisionedThroughput: { ReadCapacityUnits: 4, WriteCapacityUnits: 5 },
        },
      ],
    },
  }),
};

function refused(name: string, request: Step, setup: Step[] = indexed): ConformanceCase {
  return { name, setup, request };
}

export const requestCheckCases: CaseGroup = {
  area: 'Request checks',
  cases: [
    refused(
      'a projection into the partition key',
      get(KEY, { ProjectionExpression: '#a.b', ...names('pk') }),
    ),
    refused('a projection into the sort key', get(KEY, { ProjectionExpression: 'sk[0]' })),
    refused('a projection into a GSI key', get(KEY, { ProjectionExpression: 'gsi1pk.x' })),
    refused('a projection into an LSI key', get(KEY, { ProjectionExpression: 'lsi1sk[1]' })),
    refused(
      'a projection naming a key attribute whole is fine',
      get(KEY, { ProjectionExpression: 'pk, gsi1pk' }),
    ),
    refused(
      'table keys are reported before index keys',
      scan({ ProjectionExpression: 'gsi1pk.x, pk.y' }),
    ),
    refused(
      'a filter into a key attribute',
      scan({
        FilterExpression: '#a[0] = :v',
        ...names('pk'),
        ExpressionAttributeValues: { ':v': 'a' },
      }),
    ),
    refused(
      'a filter into a key attribute inside size()',
      scan({ FilterExpression: 'size(gsi1sk.x) > :v', ExpressionAttributeValues: { ':v': 1 } }),
    ),
    refused(
      'the filter is checked before the projection',
      query({
        KeyConditionExpression: 'pk = :v',
        FilterExpression: 'gsi1pk.x = :v',
        ProjectionExpression: 'sk.x',
        ExpressionAttributeValues: { ':v': 'a' },
      }),
    ),
    refused(
      'a key path is refused before the key condition is checked',
      query({
        KeyConditionExpression: 'pk = :v AND sk = :n',
        ProjectionExpression: 'sk.x',
        ExpressionAttributeValues: { ':v': 'a', ':n': 1 },
      }),
    ),
    refused(
      'a query of a GSI with a projection into its key',
      query({
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :v',
        ProjectionExpression: 'gsi1pk.x',
        ExpressionAttributeValues: { ':v': 'g' },
      }),
    ),
    refused(
      'a condition into a key attribute',
      put(KEY, { ConditionExpression: 'attribute_not_exists(lsi1sk.x)' }),
    ),
    refused(
      'a condition into a key attribute of a delete',
      del(KEY, { ConditionExpression: 'pk.x = :v', ExpressionAttributeValues: { ':v': 'a' } }),
    ),
    refused(
      'an update into an index key',
      update(KEY, 'SET gsi1sk.x = :v', { ExpressionAttributeValues: { ':v': 'a' } }),
    ),
    refused('an update removing an element of an index key', update(KEY, 'REMOVE lsi1sk[0]')),
    refused(
      'an update reading a key attribute path',
      update(KEY, 'SET n = list_append(sk.x, :v)', { ExpressionAttributeValues: { ':v': [] } }),
    ),
    refused(
      'an update of the key itself is reported first',
      update(KEY, 'SET gsi1pk.x = :v, pk = :v', { ExpressionAttributeValues: { ':v': 'a' } }),
    ),
    refused(
      'a batch projection into a key attribute',
      batchGet({ [T]: { Keys: [KEY], ProjectionExpression: 'pk.x' } }),
    ),
    refused(
      'a transaction projection into a key attribute',
      transactGet([{ Get: { TableName: T, Key: KEY, ProjectionExpression: 'sk.x' } }]),
    ),
    ...(['LocalSecondaryIndexes', 'GlobalSecondaryIndexes'] as const).map(
      (field): ConformanceCase => ({
        name: `${field === 'LocalSecondaryIndexes' ? 'an LSI' : 'a GSI'} with an unknown projection type is refused`,
        request: {
          op: 'CreateTable',
          input: tableInput({
            extra: {
              [field]: [
                {
                  IndexName: 'ix1',
                  KeySchema: [
                    { AttributeName: 'pk', KeyType: 'HASH' },
                    { AttributeName: 'undefined_attribute', KeyType: 'RANGE' },
                  ],
                  Projection: { ProjectionType: 'abc' },
                },
              ],
            },
          }),
        },
      }),
    ),
    {
      name: 'a scan start key from another segment is refused',
      // Which items a segment holds is up to the engine's hash: only the refusal is compared.
      setup: [...indexed, scan({ Segment: 0, TotalSegments: 2, Limit: 1 })],
      request: after('Scan', (previous) => ({
        TableName: T,
        Segment: 1,
        TotalSegments: 2,
        ExclusiveStartKey: last(previous).LastEvaluatedKey,
      })),
    },

    {
      name: 'an empty ExclusiveStartTableName is refused',
      isolated: true,
      request: listTables({ ExclusiveStartTableName: '' }),
    },
    {
      name: 'an invalid ExclusiveStartTableName is refused',
      isolated: true,
      request: listTables({ ExclusiveStartTableName: 'a b' }),
    },
    ...[
      [
        'unchanged table throughput is refused',
        { ProvisionedThroughput: { ReadCapacityUnits: 2, WriteCapacityUnits: 3 } },
      ],
      [
        'unchanged throughput with the billing mode is refused',
        {
          BillingMode: 'PROVISIONED',
          ProvisionedThroughput: { ReadCapacityUnits: 2, WriteCapacityUnits: 3 },
        },
      ],
      ['the same billing mode alone is accepted', { BillingMode: 'PROVISIONED' }],
      [
        'unchanged GSI throughput is refused',
        {
          GlobalSecondaryIndexUpdates: [
            {
              Update: {
                IndexName: 'gix',
                ProvisionedThroughput: { ReadCapacityUnits: 4, WriteCapacityUnits: 5 },
              },
            },
          ],
        },
      ],
      [
        'changed GSI throughput is accepted',
        {
          GlobalSecondaryIndexUpdates: [
            {
              Update: {
                IndexName: 'gix',
                ProvisionedThroughput: { ReadCapacityUnits: 4, WriteCapacityUnits: 6 },
              },
            },
          ],
        },
      ],
    ].map(([name, fields]): ConformanceCase => ({
      name: name as string,
      setup: [provisionedTable],
      request: updateTable(fields as Record<string, unknown>),
    })),
  ],
};
