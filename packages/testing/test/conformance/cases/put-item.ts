import type { CaseGroup } from '../harness/conformance-case';
import { get, put } from '../harness/steps';
import { hashOnlyTable, simpleTable } from '../harness/tables';

const item = { pk: 'a', sk: '1', name: 'first', n: 1 };

export const putItemCases: CaseGroup = {
  area: 'PutItem',
  cases: [
    {
      name: 'put then get returns the item',
      setup: [simpleTable(), put(item)],
      request: get({ pk: 'a', sk: '1' }),
    },
    { name: 'put returns nothing by default', setup: [simpleTable()], request: put(item) },
    {
      name: 'put replaces the whole item',
      setup: [simpleTable(), put(item), put({ pk: 'a', sk: '1', other: true })],
      request: get({ pk: 'a', sk: '1' }),
    },
    {
      name: 'ReturnValues ALL_OLD on a new item returns nothing',
      setup: [simpleTable()],
      request: put(item, { ReturnValues: 'ALL_OLD' }),
    },
    {
      name: 'ReturnValues ALL_OLD returns the replaced item',
      setup: [simpleTable(), put(item)],
      request: put({ pk: 'a', sk: '1', name: 'second' }, { ReturnValues: 'ALL_OLD' }),
    },
    {
      name: 'ReturnValues ALL_NEW is refused',
      setup: [simpleTable()],
      request: put(item, { ReturnValues: 'ALL_NEW' }),
    },
    {
      name: 'ReturnValues UPDATED_OLD is refused',
      setup: [simpleTable()],
      request: put(item, { ReturnValues: 'UPDATED_OLD' }),
    },
    {
      name: 'attribute_not_exists(pk) lets the first put through',
      setup: [simpleTable()],
      request: [
        put(item, { ConditionExpression: 'attribute_not_exists(pk)' }),
        get({ pk: 'a', sk: '1' }),
      ],
    },
    {
      name: 'attribute_not_exists(pk) fails on an existing item and writes nothing',
      setup: [simpleTable(), put(item)],
      request: [
        put({ ...item, name: 'second' }, { ConditionExpression: 'attribute_not_exists(pk)' }),
        get({ pk: 'a', sk: '1' }),
      ],
    },
    {
      name: 'a failed condition returns the item with ReturnValuesOnConditionCheckFailure ALL_OLD',
      setup: [simpleTable(), put(item)],
      request: put(
        { ...item, name: 'second' },
        {
          ConditionExpression: 'attribute_not_exists(pk)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      ),
    },
    {
      name: 'ReturnValuesOnConditionCheckFailure NONE returns no item',
      setup: [simpleTable(), put(item)],
      request: put(item, {
        ConditionExpression: 'attribute_not_exists(pk)',
        ReturnValuesOnConditionCheckFailure: 'NONE',
      }),
    },
    {
      name: 'a condition on a missing item sees no attributes',
      setup: [simpleTable()],
      request: put(item, {
        ConditionExpression: 'n = :one',
        ExpressionAttributeValues: { ':one': 1 },
      }),
    },
    {
      name: 'a condition comparing the stored value passes',
      setup: [simpleTable(), put(item)],
      request: [
        put(
          { ...item, n: 2 },
          {
            ConditionExpression: 'n = :one',
            ExpressionAttributeValues: { ':one': 1 },
            ReturnValues: 'ALL_OLD',
          },
        ),
        get({ pk: 'a', sk: '1' }),
      ],
    },
    {
      name: 'a put on a hash-only table',
      setup: [hashOnlyTable()],
      request: [put({ pk: 'only', v: 'x' }), get({ pk: 'only' })],
    },
    {
      name: 'missing sort key is refused',
      setup: [simpleTable()],
      request: put({ pk: 'a', name: 'x' }),
    },
    {
      name: 'missing partition key is refused',
      setup: [simpleTable()],
      request: put({ sk: '1', name: 'x' }),
    },
    {
      name: 'partition key of the wrong type is refused',
      setup: [simpleTable()],
      request: put({ pk: 1, sk: '1' }),
    },
    {
      name: 'sort key of the wrong type is refused',
      setup: [simpleTable()],
      request: put({ pk: 'a', sk: true }),
    },
    {
      name: 'empty string partition key is refused',
      setup: [simpleTable()],
      request: put({ pk: '', sk: '1' }),
    },
    {
      name: 'empty string sort key is refused',
      setup: [simpleTable()],
      request: put({ pk: 'a', sk: '' }),
    },
    { name: 'a put to a missing table is ResourceNotFound', request: put(item, { table: '$U' }) },
    {
      name: 'ConditionExpression with values but no placeholder use is refused',
      setup: [simpleTable()],
      request: put(item, {
        ConditionExpression: 'attribute_not_exists(pk)',
        ExpressionAttributeValues: { ':unused': 1 },
      }),
    },
    {
      name: 'ExpressionAttributeValues without any expression is refused',
      setup: [simpleTable()],
      request: put(item, { ExpressionAttributeValues: { ':v': 1 } }),
    },
    {
      name: 'ReturnConsumedCapacity TOTAL reports one write unit',
      setup: [simpleTable()],
      request: { ...put(item, { ReturnConsumedCapacity: 'TOTAL' }), capacity: true },
    },
    {
      name: 'legacy Expected parameter is honoured',
      setup: [simpleTable(), put(item)],
      request: put(item, { Expected: { pk: { Exists: false } } }),
    },
  ],
};
