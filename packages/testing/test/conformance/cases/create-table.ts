import type { CaseGroup, ConformanceCase } from '../harness/conformance-case';
import { describeTable } from '../harness/steps';
import {
  createTable,
  indexedTable,
  simpleTable,
  tableInput,
  type TableSpec,
} from '../harness/tables';

/** CreateTable with `spec` (and field overrides), then DescribeTable when it worked. */
function created(name: string, spec: TableSpec): ConformanceCase {
  return { name, request: [createTable(spec), describeTable()] };
}

/** CreateTable with the simple table's input and some fields replaced. */
function rawCreate(name: string, input: Record<string, unknown>): ConformanceCase {
  return { name, request: { op: 'CreateTable', input: { ...tableInput(), ...input } } };
}

export const createTableCases: CaseGroup = {
  area: 'CreateTable',
  cases: [
    created('hash-only table', { range: null }),
    created('hash and range table', {}),
    created('number and binary keys', { hash: ['id', 'N'], range: ['at', 'B'] }),
    { name: 'the indexed table description', request: [indexedTable(), describeTable()] },
    created('provisioned throughput', {
      extra: {
        BillingMode: 'PROVISIONED',
        ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 3 },
      },
    }),
    created('provisioned GSI', {
      gsis: [{ name: 'gix', hash: ['g', 'S'] }],
      extra: {
        BillingMode: 'PROVISIONED',
        ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
        GlobalSecondaryIndexes: [
          {
            IndexName: 'gix',
            KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }],
            Projection: { ProjectionType: 'ALL' },
            ProvisionedThroughput: { ReadCapacityUnits: 2, WriteCapacityUnits: 2 },
          },
        ],
      },
    }),
    created('INCLUDE projection', {
      gsis: [{ name: 'gix', hash: ['g', 'S'], projection: ['a', 'b'] }],
    }),
    { name: 'creating an existing table', setup: [simpleTable()], request: simpleTable() },
    rawCreate('a table name of 2 characters is refused', { TableName: 'ab' }),
    rawCreate('a table name with a bad character is refused', { TableName: 'bad name!' }),
    rawCreate('no key schema is refused', { KeySchema: [] }),
    rawCreate('two HASH keys are refused', {
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'HASH' },
      ],
    }),
    rawCreate('RANGE before HASH is refused', {
      KeySchema: [
        { AttributeName: 'sk', KeyType: 'RANGE' },
        { AttributeName: 'pk', KeyType: 'HASH' },
      ],
    }),
    rawCreate('a key attribute without a definition is refused', {
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    }),
    rawCreate('an unused attribute definition is refused', {
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
        { AttributeName: 'extra', AttributeType: 'S' },
      ],
    }),
    rawCreate('a BOOL key type is refused', {
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'BOOL' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ],
    }),
    rawCreate('PROVISIONED without throughput is refused', { BillingMode: 'PROVISIONED' }),
    rawCreate('PAY_PER_REQUEST with throughput is refused', {
      ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
    }),
    rawCreate('a GSI without a projection is refused', {
      GlobalSecondaryIndexes: [
        { IndexName: 'gix', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }] },
      ],
    }),
    rawCreate('two indexes with one name are refused', {
      GlobalSecondaryIndexes: [
        {
          IndexName: 'gix',
          KeySchema: [{ AttributeName: 'sk', KeyType: 'HASH' }],
          Projection: { ProjectionType: 'ALL' },
        },
        {
          IndexName: 'gix',
          KeySchema: [{ AttributeName: 'sk', KeyType: 'HASH' }],
          Projection: { ProjectionType: 'KEYS_ONLY' },
        },
      ],
    }),
    rawCreate('an LSI with another partition key is refused', {
      LocalSecondaryIndexes: [
        {
          IndexName: 'lix',
          KeySchema: [
            { AttributeName: 'sk', KeyType: 'HASH' },
            { AttributeName: 'pk', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    }),
    rawCreate('an LSI on a hash-only table is refused', {
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'l', AttributeType: 'S' },
      ],
      LocalSecondaryIndexes: [
        {
          IndexName: 'lix',
          KeySchema: [
            { AttributeName: 'pk', KeyType: 'HASH' },
            { AttributeName: 'l', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    }),
    rawCreate('a GSI key type XX is refused', {
      GlobalSecondaryIndexes: [
        {
          IndexName: 'gix',
          KeySchema: [{ AttributeName: 'sk', KeyType: 'XX' }],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    }),
    rawCreate('a table key type XX is refused', {
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'XX' },
      ],
    }),
    rawCreate('INCLUDE without NonKeyAttributes is refused', {
      GlobalSecondaryIndexes: [
        {
          IndexName: 'gix',
          KeySchema: [{ AttributeName: 'sk', KeyType: 'HASH' }],
          Projection: { ProjectionType: 'INCLUDE' },
        },
      ],
    }),
    rawCreate('NonKeyAttributes with ALL is refused', {
      GlobalSecondaryIndexes: [
        {
          IndexName: 'gix',
          KeySchema: [{ AttributeName: 'sk', KeyType: 'HASH' }],
          Projection: { ProjectionType: 'ALL', NonKeyAttributes: ['a'] },
        },
      ],
    }),
    rawCreate('six LSIs are refused', {
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
        ...[1, 2, 3, 4, 5, 6].map((i) => ({ AttributeName: `l${i}`, AttributeType: 'S' })),
      ],
      LocalSecondaryIndexes: [1, 2, 3, 4, 5, 6].map((i) => ({
        IndexName: `l${i}`,
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: `l${i}`, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'KEYS_ONLY' },
      })),
    }),
  ],
};
