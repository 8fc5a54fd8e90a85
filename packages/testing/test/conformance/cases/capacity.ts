import type { CaseGroup, ConformanceCase } from '../harness/conformance-case';
import {
  batchWrite,
  put,
  query,
  T,
  transactGet,
  transactWrite,
  U,
  type Step,
} from '../harness/steps';
import { createTable, hashOnlyTable } from '../harness/tables';

/**
 * ConsumedCapacity where it is not a single table read or write: an LSI query that fetches items
 * from the table, transactions (every item twice, condition checks as reads) and requests over
 * several tables (listed in DynamoDB Local's order).
 */

const KB = 1024;
const lsiTable: Step = createTable({
  lsis: [
    { name: 'lix', range: ['l', 'N'], projection: ['a'] },
    { name: 'kix', range: ['k', 'N'], projection: 'KEYS_ONLY' },
  ],
});
/** Items of 3 to 6 KB in one partition: a table fetch costs 1 or 2 units each. */
const lsiSetup: Step[] = [
  lsiTable,
  ...Array.from({ length: 6 }, (_, i) =>
    put({ pk: 'p', sk: `s${i}`, l: i, k: i, a: 'x', big: 'y'.repeat(3 * KB + i * 512) }),
  ),
];

function lsiQuery(name: string, extra: Record<string, unknown>): ConformanceCase {
  return {
    name,
    setup: lsiSetup,
    request: {
      ...query({
        IndexName: 'lix',
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': 'p' },
        ReturnConsumedCapacity: 'INDEXES',
        ProjectionExpression: 'sk',
        ...extra,
      }),
      capacity: true,
    },
  };
}

const twoTables: Step[] = [
  hashOnlyTable(T),
  hashOnlyTable(U),
  put({ pk: 'big', b: 'y'.repeat(5 * KB) }, { table: U }),
];

function transaction(
  name: string,
  items: Record<string, unknown>[],
  setup = twoTables,
): ConformanceCase {
  return {
    name,
    setup,
    request: { ...transactWrite(items, { ReturnConsumedCapacity: 'INDEXES' }), capacity: true },
  };
}

export const capacityCases: CaseGroup = {
  area: 'Consumed capacity',
  cases: [
    lsiQuery('an LSI query of ALL_ATTRIBUTES charges the table fetch', {
      Select: 'ALL_ATTRIBUTES',
      ProjectionExpression: undefined,
    }),
    lsiQuery('a consistent LSI query of ALL_ATTRIBUTES', {
      Select: 'ALL_ATTRIBUTES',
      ProjectionExpression: undefined,
      ConsistentRead: true,
    }),
    lsiQuery('an LSI query projecting an attribute the index lacks', {
      ProjectionExpression: 'big',
    }),
    lsiQuery('an LSI query of projected attributes fetches nothing', {
      ProjectionExpression: undefined,
    }),
    lsiQuery('an LSI query fetches only the items read', {
      Select: 'ALL_ATTRIBUTES',
      ProjectionExpression: undefined,
      Limit: 2,
    }),
    lsiQuery('an LSI query that counts fetches nothing', {
      Select: 'COUNT',
      ProjectionExpression: undefined,
    }),
    lsiQuery('a KEYS_ONLY LSI query of ALL_ATTRIBUTES', {
      IndexName: 'kix',
      Select: 'ALL_ATTRIBUTES',
      ProjectionExpression: undefined,
    }),
    lsiQuery('an LSI query projecting only what the index holds fetches nothing', {
      ProjectionExpression: 'a',
      Limit: 1,
    }),
    transaction('a transaction writes every item twice', [
      { Put: { TableName: T, Item: { pk: { S: 'a' }, b: { S: 'y'.repeat(2 * KB) } } } },
    ]),
    transaction('a condition check costs a transactional read of its item', [
      {
        ConditionCheck: {
          TableName: U,
          Key: { pk: { S: 'big' } },
          ConditionExpression: 'attribute_exists(pk)',
        },
      },
      { Put: { TableName: T, Item: { pk: { S: 'a' } } } },
    ]),
    transaction('a condition check of a missing item', [
      {
        ConditionCheck: {
          TableName: U,
          Key: { pk: { S: 'none' } },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      { Put: { TableName: T, Item: { pk: { S: 'a' } } } },
    ]),
    transaction('an update of a big item in a transaction', [
      {
        Update: {
          TableName: U,
          Key: { pk: { S: 'big' } },
          UpdateExpression: 'SET q = :q',
          ExpressionAttributeValues: { ':q': { S: '1' } },
        },
      },
    ]),
    transaction('a transaction over two tables', [
      { Put: { TableName: U, Item: { pk: { S: 'b' } } } },
      { Put: { TableName: T, Item: { pk: { S: 'a' } } } },
    ]),
    transaction('a transaction deleting an item that does not exist', [
      { Delete: { TableName: T, Key: { pk: { S: 'none' } } } },
    ]),
    {
      name: 'a batch write over two tables',
      setup: twoTables,
      request: {
        ...batchWrite(
          {
            [T]: [{ PutRequest: { Item: { pk: 'a' } } }],
            [U]: [{ PutRequest: { Item: { pk: 'b' } } }],
          },
          { ReturnConsumedCapacity: 'TOTAL' },
        ),
        capacity: true,
      },
    },
    {
      name: 'a transactional read over two tables',
      setup: twoTables,
      request: {
        ...transactGet(
          [
            { Get: { TableName: T, Key: { pk: 'none' } } },
            { Get: { TableName: U, Key: { pk: 'big' } } },
          ],
          { ReturnConsumedCapacity: 'TOTAL' },
        ),
        capacity: true,
      },
    },
  ],
};
