import type { CaseGroup, ConformanceCase } from '../harness/conformance-case';
import { exact, T, type OperationName, type Step, type StepInput } from '../harness/steps';
import { indexedTable, simpleTable, tableInput } from '../harness/tables';

/**
 * Null elements of lists and null values of maps, written out exactly (values in wire form):
 * DynamoDB refuses each with its own message. (A null member of a structure is ignored: see
 * wire-shapes.ts.) Where DynamoDB Local fails with HTTP 500, known-local-limitations.ts says so.
 */

const KEY = { pk: { S: 'v' }, sk: { S: '1' } };
const seeded: Step[] = [
  simpleTable(),
  exact('PutItem', { TableName: T, Item: { ...KEY, a: { S: 'x' } } }),
];
const BY_PARTITION = {
  KeyConditions: { pk: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'v' }] } },
};

function refused(
  name: string,
  op: OperationName,
  input: StepInput,
  setup: Step[] = seeded,
): ConformanceCase {
  return { name, setup, request: exact(op, input) };
}

const putWith = (attribute: unknown): StepInput => ({
  TableName: T,
  Item: { ...KEY, x: attribute },
});
const createWith = (fields: StepInput): StepInput => ({
  ...tableInput({ table: '$U' }),
  ...fields,
});

export const nullMemberCases: CaseGroup = {
  area: 'Null members',
  cases: [
    refused('BatchGetItem with a null table entry', 'BatchGetItem', {
      RequestItems: { [T]: null },
    }),
    refused('BatchGetItem with a null key', 'BatchGetItem', {
      RequestItems: { [T]: { Keys: [KEY, null] } },
    }),
    refused('BatchGetItem with an empty key', 'BatchGetItem', {
      RequestItems: { [T]: { Keys: [{}] } },
    }),
    refused('BatchGetItem with a null attribute to get', 'BatchGetItem', {
      RequestItems: { [T]: { Keys: [KEY], AttributesToGet: [null] } },
    }),
    refused('BatchWriteItem with a null table entry', 'BatchWriteItem', {
      RequestItems: { [T]: null },
    }),
    refused('BatchWriteItem with a null request', 'BatchWriteItem', {
      RequestItems: { [T]: [{ PutRequest: { Item: KEY } }, null] },
    }),
    refused('TransactGetItems with a null action', 'TransactGetItems', {
      TransactItems: [{ Get: { TableName: T, Key: KEY } }, null],
    }),
    refused('TransactGetItems with an empty action', 'TransactGetItems', { TransactItems: [{}] }),
    refused('TransactWriteItems with an empty action', 'TransactWriteItems', {
      TransactItems: [{}],
    }),
    refused('TransactWriteItems with a null action', 'TransactWriteItems', {
      TransactItems: [{ Put: { TableName: T, Item: KEY } }, null],
    }),
    refused('KeyConditions with a null condition', 'Query', {
      TableName: T,
      KeyConditions: { pk: null },
    }),
    refused('QueryFilter with a null condition', 'Query', {
      TableName: T,
      ...BY_PARTITION,
      QueryFilter: { a: null },
    }),
    refused('ScanFilter with a null condition', 'Scan', {
      TableName: T,
      ScanFilter: { a: { ComparisonOperator: 'NULL' }, b: null },
    }),
    refused('Expected with a null entry', 'PutItem', {
      TableName: T,
      Item: KEY,
      Expected: { a: null },
    }),
    refused('AttributeUpdates with a null update', 'UpdateItem', {
      TableName: T,
      Key: KEY,
      AttributeUpdates: { a: { Action: 'PUT', Value: { S: 'y' } }, b: null },
    }),
    refused('AttributeUpdates PUT without a value', 'UpdateItem', {
      TableName: T,
      Key: KEY,
      AttributeUpdates: { a: { Action: 'PUT' } },
    }),
    refused('a null member of a string set', 'PutItem', putWith({ SS: ['a', null] })),
    refused('a null member of a number set', 'PutItem', putWith({ NS: ['1', null] })),
    refused('a null member of a binary set', 'PutItem', putWith({ BS: [null] })),
    refused('a null element of a list', 'PutItem', putWith({ L: [{ S: 'a' }, null] })),
    refused('a null value of a map', 'PutItem', putWith({ M: { a: { S: 'x' }, b: null } })),
    refused('a null attribute of an item', 'PutItem', { TableName: T, Item: { ...KEY, x: null } }),
    refused('a null key attribute', 'GetItem', { TableName: T, Key: { pk: null, sk: { S: '1' } } }),
    refused('a null ExclusiveStartKey attribute', 'Scan', {
      TableName: T,
      ExclusiveStartKey: { pk: { S: 'v' }, sk: null },
    }),
    refused('a null comparison value', 'Query', {
      TableName: T,
      KeyConditions: { pk: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'v' }, null] } },
    }),
    refused('a null expression attribute value', 'Query', {
      TableName: T,
      KeyConditionExpression: 'pk = :a',
      ExpressionAttributeValues: { ':a': null },
    }),
    refused('a null inside an expression attribute value', 'Query', {
      TableName: T,
      KeyConditionExpression: 'pk = :a AND sk = :b',
      ExpressionAttributeValues: { ':a': { S: 'v' }, ':b': { M: { q: null } } },
    }),
    refused('a null expression attribute name', 'Query', {
      TableName: T,
      KeyConditionExpression: '#p = :a',
      ExpressionAttributeNames: { '#p': null },
      ExpressionAttributeValues: { ':a': { S: 'v' } },
    }),
    refused('GetItem with a null attribute to get', 'GetItem', {
      TableName: T,
      Key: KEY,
      AttributesToGet: ['a', null],
    }),
    refused('GetItem with an empty attribute to get', 'GetItem', {
      TableName: T,
      Key: KEY,
      AttributesToGet: [''],
    }),
    refused('Scan with a null attribute to get', 'Scan', { TableName: T, AttributesToGet: [null] }),
    refused(
      'CreateTable with a null key schema element',
      'CreateTable',
      createWith({ KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, null] }),
    ),
    refused(
      'CreateTable with an empty key schema element',
      'CreateTable',
      createWith({ KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, {}] }),
    ),
    refused(
      'CreateTable with an empty attribute definition',
      'CreateTable',
      createWith({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, {}] }),
    ),
    refused(
      'CreateTable with a null attribute definition',
      'CreateTable',
      createWith({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, null] }),
    ),
    refused(
      'CreateTable with a null GSI',
      'CreateTable',
      createWith({ GlobalSecondaryIndexes: [null] }),
    ),
    refused(
      'CreateTable with a null LSI',
      'CreateTable',
      createWith({ LocalSecondaryIndexes: [null] }),
    ),
    refused(
      'CreateTable with a null GSI key schema element',
      'CreateTable',
      createWith({
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
        ],
        GlobalSecondaryIndexes: [
          { IndexName: 'gix', KeySchema: [null], Projection: { ProjectionType: 'ALL' } },
        ],
      }),
    ),
    refused(
      'CreateTable with a null non-key attribute',
      'CreateTable',
      createWith({
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: 'gix',
            KeySchema: [{ AttributeName: 'sk', KeyType: 'HASH' }],
            Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['a', null] },
          },
        ],
      }),
    ),
    refused(
      'UpdateTable with an empty index update',
      'UpdateTable',
      { TableName: T, GlobalSecondaryIndexUpdates: [{}] },
      [indexedTable()],
    ),
    refused(
      'UpdateTable with a null index update',
      'UpdateTable',
      { TableName: T, GlobalSecondaryIndexUpdates: [null] },
      [indexedTable()],
    ),
  ],
};
