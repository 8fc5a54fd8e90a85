import type { CaseGroup } from '../harness/conformance-case';
import { bytes } from '../harness/attribute-values';
import { createTable, hashOnlyTable, simpleTable } from '../harness/tables';
import { del, get, put } from '../harness/steps';

const key = { pk: 'g', sk: '1' };
const item = { ...key, a: 1, b: 'two', m: { x: 1, y: [1, 2, 3] }, l: [{ p: 1 }, { p: 2 }] };

export const getItemCases: CaseGroup = {
  area: 'GetItem',
  cases: [
    { name: 'a missing item returns no Item', setup: [simpleTable()], request: get(key) },
    {
      name: 'ConsistentRead',
      setup: [simpleTable(), put(item)],
      request: get(key, { ConsistentRead: true }),
    },
    { name: 'a missing table', request: get(key) },
    {
      name: 'a key without the sort key is refused',
      setup: [simpleTable()],
      request: get({ pk: 'g' }),
    },
    {
      name: 'a key with an extra attribute is refused',
      setup: [simpleTable()],
      request: get({ ...key, a: 1 }),
    },
    {
      name: 'a key of the wrong type is refused',
      setup: [simpleTable()],
      request: get({ pk: 'g', sk: 1 }),
    },
    {
      name: 'an empty string key is refused',
      setup: [simpleTable()],
      request: get({ pk: '', sk: '1' }),
    },
    {
      name: 'a key with a sort key on a hash-only table is refused',
      setup: [hashOnlyTable()],
      request: get(key),
    },
    {
      name: 'a binary key',
      setup: [
        createTable({ hash: ['pk', 'B'], range: null }),
        put({ pk: bytes('\u0001\u0002'), v: 1 }),
      ],
      request: get({ pk: bytes('\u0001\u0002') }),
    },
    {
      name: 'a numeric key is found by value, not by spelling',
      setup: [createTable({ hash: ['pk', 'N'], range: null }), put({ pk: 10, v: 1 })],
      request: get({ pk: 10.0 }),
    },
    {
      name: 'ReturnConsumedCapacity TOTAL on a strongly consistent read',
      setup: [simpleTable(), put(item)],
      request: {
        ...get(key, { ConsistentRead: true, ReturnConsumedCapacity: 'TOTAL' }),
        capacity: true,
      },
    },
    {
      name: 'ReturnConsumedCapacity TOTAL on an eventually consistent read',
      setup: [simpleTable(), put(item)],
      request: { ...get(key, { ReturnConsumedCapacity: 'TOTAL' }), capacity: true },
    },
    {
      name: 'legacy AttributesToGet',
      setup: [simpleTable(), put(item)],
      request: get(key, { AttributesToGet: ['a', 'm'] }),
    },
    {
      name: 'AttributesToGet with ProjectionExpression is refused',
      setup: [simpleTable(), put(item)],
      request: get(key, { AttributesToGet: ['a'], ProjectionExpression: 'b' }),
    },
  ],
};

export const deleteItemCases: CaseGroup = {
  area: 'DeleteItem',
  cases: [
    {
      name: 'delete then get finds nothing',
      setup: [simpleTable(), put(item)],
      request: [del(key), get(key)],
    },
    { name: 'delete of a missing item succeeds', setup: [simpleTable()], request: del(key) },
    {
      name: 'ReturnValues ALL_OLD',
      setup: [simpleTable(), put(item)],
      request: del(key, { ReturnValues: 'ALL_OLD' }),
    },
    {
      name: 'ReturnValues ALL_OLD of a missing item',
      setup: [simpleTable()],
      request: del(key, { ReturnValues: 'ALL_OLD' }),
    },
    {
      name: 'ReturnValues ALL_NEW is refused',
      setup: [simpleTable()],
      request: del(key, { ReturnValues: 'ALL_NEW' }),
    },
    {
      name: 'a condition that holds deletes',
      setup: [simpleTable(), put(item)],
      request: [
        del(key, { ConditionExpression: 'a = :v', ExpressionAttributeValues: { ':v': 1 } }),
        get(key),
      ],
    },
    {
      name: 'a condition that fails keeps the item',
      setup: [simpleTable(), put(item)],
      request: [
        del(key, { ConditionExpression: 'a = :v', ExpressionAttributeValues: { ':v': 2 } }),
        get(key),
      ],
    },
    {
      name: 'attribute_exists on a missing item fails',
      setup: [simpleTable()],
      request: del(key, { ConditionExpression: 'attribute_exists(pk)' }),
    },
    {
      name: 'a failed condition returns ALL_OLD when asked',
      setup: [simpleTable(), put(item)],
      request: del(key, {
        ConditionExpression: 'a = :v',
        ExpressionAttributeValues: { ':v': 2 },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    },
    {
      name: 'a key without the sort key is refused',
      setup: [simpleTable()],
      request: del({ pk: 'g' }),
    },
    {
      name: 'a key of the wrong type is refused',
      setup: [simpleTable()],
      request: del({ pk: 1, sk: '1' }),
    },
    { name: 'a delete on a missing table', request: del(key) },
    {
      name: 'ReturnConsumedCapacity TOTAL',
      setup: [simpleTable(), put(item)],
      request: { ...del(key, { ReturnConsumedCapacity: 'TOTAL' }), capacity: true },
    },
  ],
};
