import type { CaseGroup } from '../harness/conformance-case';
import { get, put, scan, transactGet, transactWrite, T, U } from '../harness/steps';
import { hashOnlyTable, simpleTable } from '../harness/tables';

const key = (i: number) => ({ pk: 't', sk: String(i) });
const seeded = [simpleTable(), put({ ...key(1), v: 1, stock: 5 }), put({ ...key(2), v: 2 })];
const putOf = (i: number, extra: Record<string, unknown> = {}) => ({
  Put: { TableName: T, Item: { ...key(i), v: i }, ...extra },
});
const checkOf = (
  i: number,
  expression: string,
  values?: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) => ({
  ConditionCheck: {
    TableName: T,
    Key: key(i),
    ConditionExpression: expression,
    ...(values ? { ExpressionAttributeValues: values } : {}),
    ...extra,
  },
});

export const transactionCases: CaseGroup = {
  area: 'Transactions',
  cases: [
    {
      name: 'TransactWrite with Put, Update, Delete and ConditionCheck',
      setup: seeded,
      request: [
        transactWrite([
          putOf(3),
          {
            Update: {
              TableName: T,
              Key: key(1),
              UpdateExpression: 'SET stock = stock - :one',
              ExpressionAttributeValues: { ':one': 1 },
            },
          },
          { Delete: { TableName: T, Key: key(2) } },
          checkOf(4, 'attribute_not_exists(pk)'),
        ]),
        scan(),
      ],
    },
    {
      name: 'a failed condition cancels everything, with reasons in order',
      setup: seeded,
      request: [
        transactWrite([
          putOf(3),
          checkOf(1, 'stock > :n', { ':n': 10 }),
          { Delete: { TableName: T, Key: key(2) } },
        ]),
        scan(),
      ],
    },
    {
      name: 'cancellation reasons carry the item with ReturnValuesOnConditionCheckFailure',
      setup: seeded,
      request: transactWrite([
        putOf(3),
        checkOf(1, 'stock > :n', { ':n': 10 }, { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }),
      ]),
    },
    {
      name: 'two failed conditions are both reported',
      setup: seeded,
      request: transactWrite([
        checkOf(1, 'attribute_not_exists(pk)'),
        putOf(2, { ConditionExpression: 'attribute_not_exists(pk)' }),
      ]),
    },
    {
      name: 'a condition on a Put that holds',
      setup: seeded,
      request: [
        transactWrite([putOf(5, { ConditionExpression: 'attribute_not_exists(pk)' })]),
        get(key(5)),
      ],
    },
    {
      name: 'an Update with a failing condition',
      setup: seeded,
      request: transactWrite([
        {
          Update: {
            TableName: T,
            Key: key(1),
            UpdateExpression: 'SET stock = stock - :n',
            ConditionExpression: 'stock >= :n',
            ExpressionAttributeValues: { ':n': 6 },
          },
        },
      ]),
    },
    {
      name: 'a Delete with a failing condition',
      setup: seeded,
      request: transactWrite([
        {
          Delete: {
            TableName: T,
            Key: key(2),
            ConditionExpression: 'v = :v',
            ExpressionAttributeValues: { ':v': 99 },
          },
        },
      ]),
    },
    {
      name: 'two actions on one item are refused',
      setup: seeded,
      request: transactWrite([putOf(1), checkOf(1, 'attribute_exists(pk)')]),
    },
    {
      name: 'a validation error in one action fails the request',
      setup: seeded,
      request: [transactWrite([putOf(3), { Put: { TableName: T, Item: { pk: 't' } } }]), scan()],
    },
    { name: 'an empty transaction is refused', setup: seeded, request: transactWrite([]) },
    {
      name: '101 actions are refused',
      setup: [simpleTable()],
      request: transactWrite(Array.from({ length: 101 }, (_, i) => putOf(i))),
    },
    {
      name: '100 actions are accepted',
      setup: [simpleTable()],
      request: [
        transactWrite(Array.from({ length: 100 }, (_, i) => putOf(i))),
        scan({ Select: 'COUNT' }),
      ],
    },
    {
      name: 'an action with two operations is refused',
      setup: seeded,
      request: transactWrite([{ ...putOf(3), Delete: { TableName: T, Key: key(3) } }]),
    },
    {
      name: 'a missing table',
      setup: seeded,
      request: transactWrite([{ Put: { TableName: U, Item: key(1) } }]),
    },
    {
      name: 'a transaction across two tables',
      setup: [...seeded, hashOnlyTable(U)],
      request: [
        transactWrite([putOf(3), { Put: { TableName: U, Item: { pk: 'x' } } }]),
        scan({ table: U }),
      ],
    },
    {
      name: 'the same ClientRequestToken twice writes once',
      setup: seeded,
      request: [
        transactWrite(
          [
            {
              Update: {
                TableName: T,
                Key: key(1),
                UpdateExpression: 'ADD v :one',
                ExpressionAttributeValues: { ':one': 1 },
              },
            },
          ],
          {
            ClientRequestToken: 'token-1',
          },
        ),
        transactWrite(
          [
            {
              Update: {
                TableName: T,
                Key: key(1),
                UpdateExpression: 'ADD v :one',
                ExpressionAttributeValues: { ':one': 1 },
              },
            },
          ],
          {
            ClientRequestToken: 'token-1',
          },
        ),
        get(key(1)),
      ],
    },
    {
      name: 'a ClientRequestToken reused with other actions is refused',
      setup: seeded,
      request: [
        transactWrite([putOf(3)], { ClientRequestToken: 'token-2' }),
        transactWrite([putOf(4)], { ClientRequestToken: 'token-2' }),
        scan({ Select: 'COUNT' }),
      ],
    },
    {
      name: 'an over-long ClientRequestToken is refused',
      setup: seeded,
      request: transactWrite([putOf(3)], { ClientRequestToken: 'x'.repeat(37) }),
    },
    {
      name: 'ReturnConsumedCapacity TOTAL on TransactWrite',
      setup: seeded,
      request: {
        ...transactWrite([putOf(3), checkOf(1, 'attribute_exists(pk)')], {
          ReturnConsumedCapacity: 'TOTAL',
        }),
        capacity: true,
      },
    },
    {
      name: 'an update expression error in a transaction',
      setup: seeded,
      request: transactWrite([
        {
          Update: {
            TableName: T,
            Key: key(1),
            UpdateExpression: 'SET v = v + :s',
            ExpressionAttributeValues: { ':s': 'x' },
          },
        },
      ]),
    },
    {
      name: 'TransactGet returns items in request order, missing ones empty',
      setup: seeded,
      request: transactGet([
        { Get: { TableName: T, Key: key(2) } },
        { Get: { TableName: T, Key: key(9) } },
        { Get: { TableName: T, Key: key(1) } },
      ]),
    },
    {
      name: 'TransactGet with a projection',
      setup: seeded,
      request: transactGet([{ Get: { TableName: T, Key: key(1), ProjectionExpression: 'stock' } }]),
    },
    {
      name: 'TransactGet of one item twice is refused',
      setup: seeded,
      request: transactGet([
        { Get: { TableName: T, Key: key(1) } },
        { Get: { TableName: T, Key: key(1) } },
      ]),
    },
    {
      name: 'TransactGet from a missing table',
      setup: seeded,
      request: transactGet([{ Get: { TableName: U, Key: key(1) } }]),
    },
    {
      name: 'TransactGet with an invalid key',
      setup: seeded,
      request: transactGet([{ Get: { TableName: T, Key: { pk: 't' } } }]),
    },
    {
      name: 'TransactGet with 101 items is refused',
      setup: seeded,
      request: transactGet(
        Array.from({ length: 101 }, (_, i) => ({ Get: { TableName: T, Key: key(i) } })),
      ),
    },
    { name: 'an empty TransactGet is refused', setup: seeded, request: transactGet([]) },
  ],
};
