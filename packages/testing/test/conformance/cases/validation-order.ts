import type { CaseGroup, ConformanceCase } from '../harness/conformance-case';
import { raw, type NativeItem } from '../harness/attribute-values';
import {
  batchGet,
  batchWrite,
  describeTable,
  put,
  transactGet,
  transactWrite,
  updateTable,
  type Step,
} from '../harness/steps';
import { createTable, hashOnlyTable, simpleTable } from '../harness/tables';

/**
 * DynamoDB checks a whole request before it looks up a table: a request that is invalid is
 * refused as invalid even when it names a table that does not exist ($M is never created).
 * Where DynamoDB Local looks the table up first, known-local-limitations.ts holds DynamoDB's
 * answer.
 */

const M = '$M';
const BIG = 'x'.repeat(410 * 1024);
/** A list nested 40 levels deep (DynamoDB allows 32). */
const DEEP = Array.from({ length: 40 }).reduce<NativeItem[string]>((inner) => [inner], 'x');
const NOT_A_NUMBER = raw({ N: 'abc' });

function onMissing(name: string, request: Step | Step[], setup: Step[] = []): ConformanceCase {
  return { name, setup, request };
}

/** Two tables in one batch: T exists, U does not; which problem is reported depends on the order DynamoDB Local visits them. */
const withTable: Step[] = [simpleTable()];

export const validationOrderCases: CaseGroup = {
  area: 'Validation order',
  cases: [
    onMissing(
      'BatchGetItem: duplicate keys of a missing table',
      batchGet({ [M]: { Keys: [{ pk: 'a' }, { pk: 'a' }] } }),
    ),
    onMissing(
      'BatchGetItem: duplicate keys in another attribute order',
      batchGet({
        [M]: {
          Keys: [
            { pk: 'a', sk: 'b' },
            { sk: 'b', pk: 'a' },
          ],
        },
      }),
    ),
    onMissing(
      'BatchGetItem: numbers are compared as written before the table is found',
      batchGet({ [M]: { Keys: [{ pk: raw({ N: '1.0' }) }, { pk: 1 }] } }),
    ),
    onMissing(
      'BatchGetItem: a key value that is not a number',
      batchGet({ [M]: { Keys: [{ pk: NOT_A_NUMBER }] } }),
    ),
    onMissing(
      'BatchGetItem: an empty set in a key',
      batchGet({ [M]: { Keys: [{ pk: 'a', s: raw({ SS: [] }) }] } }),
    ),
    onMissing(
      'BatchGetItem: a missing table and a mistyped key of another',
      batchGet({ $T: { Keys: [{ pk: 1, sk: 'a' }] }, $U: { Keys: [{ pk: 'a', sk: 'b' }] } }),
      withTable,
    ),
    onMissing(
      'BatchGetItem: a missing table and a key without its sort key in another',
      batchGet({
        $T: { Keys: [{ pk: 'a' }] },
        $U: { Keys: [{ pk: 'a' }] },
        $V: { Keys: [{ pk: 'a' }] },
      }),
      withTable,
    ),
    onMissing(
      'BatchWriteItem: an item over 400 KB for a missing table',
      batchWrite({ [M]: [{ PutRequest: { Item: { pk: 'a', big: BIG } } }] }),
    ),
    onMissing(
      'BatchWriteItem: an item nested too deep for a missing table',
      batchWrite({ [M]: [{ PutRequest: { Item: { pk: 'a', deep: DEEP } } }] }),
    ),
    onMissing(
      'BatchWriteItem: a value that is not a number for a missing table',
      batchWrite({ [M]: [{ PutRequest: { Item: { pk: NOT_A_NUMBER } } }] }),
    ),
    onMissing(
      'BatchWriteItem: a request with both a put and a delete for a missing table',
      batchWrite({
        [M]: [{ PutRequest: { Item: { pk: 'a' } }, DeleteRequest: { Key: { pk: 'a' } } }],
      }),
    ),
    onMissing(
      'BatchWriteItem: a missing table and an item without its sort key in another',
      batchWrite({
        $T: [{ PutRequest: { Item: { pk: 'a' } } }],
        $U: [{ PutRequest: { Item: { pk: 'a' } } }],
      }),
      withTable,
    ),
    onMissing(
      'BatchWriteItem: two puts of one item of a missing table',
      batchWrite({
        [M]: [{ PutRequest: { Item: { pk: 'a' } } }, { PutRequest: { Item: { pk: 'a' } } }],
      }),
    ),
    onMissing(
      'TransactWriteItems: an item over 400 KB for a missing table',
      transactWrite([{ Put: { TableName: M, Item: { pk: 'a', big: BIG } } }]),
    ),
    onMissing(
      'TransactWriteItems: a bad condition after an action on a missing table',
      transactWrite([
        { Put: { TableName: M, Item: { pk: 'a' } } },
        { Put: { TableName: '$T', Item: { pk: 'a', sk: 'b' }, ConditionExpression: 'a = ' } },
      ]),
      withTable,
    ),
    onMissing(
      'TransactWriteItems: an item too big after an action on a missing table',
      transactWrite([
        { Put: { TableName: M, Item: { pk: 'a' } } },
        { Put: { TableName: '$T', Item: { pk: 'a', sk: 'b', big: BIG } } },
      ]),
      withTable,
    ),
    onMissing(
      'TransactWriteItems: tables are looked up action by action',
      transactWrite([
        { Put: { TableName: '$T', Item: { pk: 'a' } } },
        { Put: { TableName: M, Item: { pk: 'a' } } },
      ]),
      withTable,
    ),
    onMissing(
      'PutItem: an item over 400 KB without its sort key',
      put({ pk: 'a', big: BIG }),
      withTable,
    ),
    onMissing(
      'PutItem: an item nested too deep with a mistyped key',
      put({ pk: 1, sk: 'b', deep: DEEP }),
      withTable,
    ),
    onMissing(
      'CreateTable: an invalid definition under a name in use',
      createTable({ range: ['sk', 'S'], extra: { KeySchema: [] } }),
      [simpleTable()],
    ),
    onMissing(
      'UpdateTable: two updates of one index',
      updateTable({
        GlobalSecondaryIndexUpdates: [
          { Delete: { IndexName: 'gix' } },
          { Delete: { IndexName: 'gix' } },
        ],
      }),
      [createTable({ gsis: [{ name: 'gix', hash: ['g', 'S'] }] })],
    ),
    onMissing(
      'UpdateTable: a refused request changes nothing',
      [
        updateTable({
          BillingMode: 'PROVISIONED',
          ProvisionedThroughput: { ReadCapacityUnits: 2, WriteCapacityUnits: 2 },
          AttributeDefinitions: [{ AttributeName: 'a', AttributeType: 'S' }],
          GlobalSecondaryIndexUpdates: [
            {
              Create: {
                IndexName: 'gix',
                KeySchema: [{ AttributeName: 'b', KeyType: 'HASH' }],
                Projection: { ProjectionType: 'ALL' },
                ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
              },
            },
          ],
        }),
        describeTable(),
      ],
      [simpleTable()],
    ),
    // Known Local limitations: DynamoDB Local looks the table up first (see known-local-limitations.ts).
    onMissing('GetItem: a projection syntax error on a missing table', {
      op: 'GetItem',
      input: { TableName: M, Key: { pk: { S: 'a' } }, ProjectionExpression: 'a,,' },
    }),
    onMissing(
      'PutItem: a condition syntax error on a missing table',
      put({ pk: 'a' }, { table: M, ConditionExpression: 'a = ' }),
    ),
    onMissing(
      'PutItem: an item over 400 KB for a missing table',
      put({ pk: 'a', big: BIG }, { table: M }),
    ),
    onMissing('Query: a key condition syntax error on a missing table', {
      op: 'Query',
      input: { TableName: M, KeyConditionExpression: 'pk = ' },
    }),
    onMissing(
      'BatchGetItem: a projection syntax error of a missing table',
      batchGet({ [M]: { Keys: [{ pk: 'a' }], ProjectionExpression: 'a,,' } }),
    ),
    onMissing(
      'TransactGetItems: a projection syntax error of a missing table',
      transactGet([{ Get: { TableName: M, Key: { pk: 'a' }, ProjectionExpression: 'a,,' } }]),
    ),
    onMissing('UpdateTimeToLive: an empty attribute name on a missing table', {
      op: 'UpdateTimeToLive',
      input: { TableName: M, TimeToLiveSpecification: { AttributeName: '', Enabled: true } },
    }),
    onMissing(
      'UpdateTable: a throughput update of a missing index',
      updateTable({
        GlobalSecondaryIndexUpdates: [
          {
            Update: {
              IndexName: 'nope',
              ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
            },
          },
        ],
      }),
      [hashOnlyTable()],
    ),
  ],
};
