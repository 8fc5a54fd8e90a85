import type { CaseGroup } from '../harness/conformance-case';
import {
  after,
  deleteTable,
  describeTable,
  describeTtl,
  last,
  listTables,
  put,
  updateTable,
  updateTtl,
  waitForActive,
  type Step,
} from '../harness/steps';
import { createTable, indexedTable, simpleTable } from '../harness/tables';

const tablesNamed = (...names: string[]): Step[] => names.map((table) => createTable({ table }));

export const tableOperationCases: CaseGroup = {
  area: 'Table operations',
  cases: [
    { name: 'describe a missing table', request: describeTable() },
    {
      name: 'delete a table returns its description',
      setup: [simpleTable()],
      request: [deleteTable(), describeTable()],
    },
    { name: 'delete a missing table', request: deleteTable() },
    {
      name: 'a deleted table can be created again',
      setup: [simpleTable(), put({ pk: 'a', sk: 'b' }), deleteTable()],
      request: [simpleTable(), { op: 'Scan', input: { TableName: '$T' } }],
    },
    { name: 'list tables of an empty database', isolated: true, request: listTables() },
    {
      name: 'list tables sorted by name',
      isolated: true,
      setup: tablesNamed('$C', '$A', '$B'),
      request: listTables(),
    },
    {
      name: 'list tables with Limit',
      isolated: true,
      setup: tablesNamed('$A', '$B', '$C'),
      request: [
        listTables({ Limit: 2 }),
        after('ListTables', (previous) => ({
          ExclusiveStartTableName: last(previous).LastEvaluatedTableName,
          Limit: 2,
        })),
      ],
    },
    {
      name: 'list tables with a Limit equal to the table count',
      isolated: true,
      setup: tablesNamed('$A', '$B'),
      request: listTables({ Limit: 2 }),
    },
    {
      name: 'list tables after a name',
      isolated: true,
      setup: tablesNamed('$A', '$B', '$C'),
      request: listTables({ ExclusiveStartTableName: '$A' }),
    },
    { name: 'list tables Limit 0 is refused', isolated: true, request: listTables({ Limit: 0 }) },
    {
      name: 'list tables Limit 101 is refused',
      isolated: true,
      request: listTables({ Limit: 101 }),
    },
    { name: 'TTL of a new table is disabled', setup: [simpleTable()], request: describeTtl() },
    {
      name: 'enable TTL then describe it',
      setup: [simpleTable()],
      request: [updateTtl({ Enabled: true, AttributeName: 'expiresAt' }), describeTtl()],
    },
    {
      name: 'enabling TTL twice is refused',
      setup: [simpleTable(), updateTtl({ Enabled: true, AttributeName: 'expiresAt' })],
      request: updateTtl({ Enabled: true, AttributeName: 'expiresAt' }),
    },
    {
      name: 'disable TTL',
      setup: [simpleTable(), updateTtl({ Enabled: true, AttributeName: 'expiresAt' })],
      request: [updateTtl({ Enabled: false, AttributeName: 'expiresAt' }), describeTtl()],
    },
    { name: 'TTL of a missing table', request: describeTtl() },
    {
      name: 'add a GSI with UpdateTable',
      setup: [simpleTable(), put({ pk: 'a', sk: '1', g: 'x' }), put({ pk: 'b', sk: '1' })],
      request: [
        updateTable({
          AttributeDefinitions: [{ AttributeName: 'g', AttributeType: 'S' }],
          GlobalSecondaryIndexUpdates: [
            {
              Create: {
                IndexName: 'byG',
                KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }],
                Projection: { ProjectionType: 'ALL' },
              },
            },
          ],
        }),
        waitForActive(),
        {
          op: 'Query',
          input: {
            TableName: '$T',
            IndexName: 'byG',
            KeyConditionExpression: 'g = :g',
            ExpressionAttributeValues: { ':g': { S: 'x' } },
          },
        },
      ],
    },
    {
      name: 'UpdateTable refuses a GSI key type XX',
      setup: [simpleTable()],
      request: [
        updateTable({
          AttributeDefinitions: [{ AttributeName: 'g', AttributeType: 'S' }],
          GlobalSecondaryIndexUpdates: [
            {
              Create: {
                IndexName: 'byG',
                KeySchema: [{ AttributeName: 'g', KeyType: 'XX' }],
                Projection: { ProjectionType: 'ALL' },
              },
            },
          ],
        }),
      ],
    },
    {
      name: 'delete a GSI with UpdateTable',
      setup: [indexedTable()],
      request: [
        updateTable({ GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'gsi2' } }] }),
        waitForActive(),
        describeTable(),
      ],
    },
    {
      name: 'adding a GSI with an existing name is refused',
      setup: [indexedTable()],
      request: updateTable({
        AttributeDefinitions: [{ AttributeName: 'gsi1pk', AttributeType: 'S' }],
        GlobalSecondaryIndexUpdates: [
          {
            Create: {
              IndexName: 'gsi1',
              KeySchema: [{ AttributeName: 'gsi1pk', KeyType: 'HASH' }],
              Projection: { ProjectionType: 'ALL' },
            },
          },
        ],
      }),
    },
    {
      name: 'deleting an unknown GSI is refused',
      setup: [simpleTable()],
      request: updateTable({ GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'nope' } }] }),
    },
    {
      name: 'switch billing to provisioned',
      setup: [simpleTable()],
      request: [
        updateTable({
          BillingMode: 'PROVISIONED',
          ProvisionedThroughput: { ReadCapacityUnits: 2, WriteCapacityUnits: 2 },
        }),
        describeTable(),
      ],
    },
    {
      name: 'UpdateTable of a missing table',
      request: updateTable({ BillingMode: 'PAY_PER_REQUEST' }),
    },
  ],
};
