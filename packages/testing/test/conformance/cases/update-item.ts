import type { CaseGroup } from '../harness/conformance-case';
import { get, put, update } from '../harness/steps';
import { hashOnlyTable, simpleTable } from '../harness/tables';

const key = { pk: 'u', sk: '1' };
const item = { ...key, a: 1, b: 'two', c: [1, 2] };

export const updateItemCases: CaseGroup = {
  area: 'UpdateItem',
  cases: [
    {
      name: 'update creates a missing item',
      setup: [simpleTable()],
      request: [update(key, 'SET a = :v', { ExpressionAttributeValues: { ':v': 1 } }), get(key)],
    },
    {
      name: 'update without an expression creates a key-only item',
      setup: [simpleTable()],
      request: [update(key, undefined), get(key)],
    },
    {
      name: 'ReturnValues NONE',
      setup: [simpleTable(), put(item)],
      request: update(key, 'SET a = :v', {
        ExpressionAttributeValues: { ':v': 2 },
        ReturnValues: 'NONE',
      }),
    },
    {
      name: 'ReturnValues ALL_OLD',
      setup: [simpleTable(), put(item)],
      request: update(key, 'SET a = :v', {
        ExpressionAttributeValues: { ':v': 2 },
        ReturnValues: 'ALL_OLD',
      }),
    },
    {
      name: 'ReturnValues UPDATED_OLD',
      setup: [simpleTable(), put(item)],
      request: update(key, 'SET a = :v, d = :v REMOVE b', {
        ExpressionAttributeValues: { ':v': 2 },
        ReturnValues: 'UPDATED_OLD',
      }),
    },
    {
      name: 'ReturnValues UPDATED_NEW',
      setup: [simpleTable(), put(item)],
      request: update(key, 'SET a = :v, d = :v REMOVE b', {
        ExpressionAttributeValues: { ':v': 2 },
        ReturnValues: 'UPDATED_NEW',
      }),
    },
    {
      name: 'ReturnValues UPDATED_NEW of a nested path returns the enclosing attribute part',
      setup: [simpleTable(), put({ ...key, m: { x: 1, y: { z: 2 } } })],
      request: update(key, 'SET m.y.z = :v', {
        ExpressionAttributeValues: { ':v': 3 },
        ReturnValues: 'UPDATED_NEW',
      }),
    },
    {
      name: 'ReturnValues UPDATED_OLD of a list element',
      setup: [simpleTable(), put(item)],
      request: update(key, 'SET c[1] = :v', {
        ExpressionAttributeValues: { ':v': 9 },
        ReturnValues: 'UPDATED_OLD',
      }),
    },
    {
      name: 'ReturnValues ALL_OLD on a created item returns nothing',
      setup: [simpleTable()],
      request: update(key, 'SET a = :v', {
        ExpressionAttributeValues: { ':v': 1 },
        ReturnValues: 'ALL_OLD',
      }),
    },
    {
      name: 'ReturnValues UPDATED_OLD with only a no-op REMOVE',
      setup: [simpleTable(), put(item)],
      request: update(key, 'REMOVE ghost', { ReturnValues: 'UPDATED_OLD' }),
    },
    {
      name: 'a condition that fails leaves the item unchanged',
      setup: [simpleTable(), put(item)],
      request: [
        update(key, 'SET a = :v', {
          ConditionExpression: 'a = :old',
          ExpressionAttributeValues: { ':v': 5, ':old': 0 },
        }),
        get(key),
      ],
    },
    {
      name: 'a failed condition returns ALL_OLD when asked',
      setup: [simpleTable(), put(item)],
      request: update(key, 'SET a = :v', {
        ConditionExpression: 'a = :old',
        ExpressionAttributeValues: { ':v': 5, ':old': 0 },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    },
    {
      name: 'optimistic locking: version matches',
      setup: [simpleTable(), put({ ...key, version: 1 })],
      request: update(key, 'SET version = version + :one', {
        ConditionExpression: 'version = :expected',
        ExpressionAttributeValues: { ':one': 1, ':expected': 1 },
        ReturnValues: 'ALL_NEW',
      }),
    },
    {
      name: 'update only if the item exists',
      setup: [simpleTable()],
      request: update(key, 'SET a = :v', {
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':v': 1 },
      }),
    },
    {
      name: 'a condition-only placeholder is used',
      setup: [simpleTable(), put(item)],
      request: update(key, 'SET a = :v', {
        ConditionExpression: '#b = :b',
        ExpressionAttributeNames: { '#b': 'b' },
        ExpressionAttributeValues: { ':v': 3, ':b': 'two' },
        ReturnValues: 'UPDATED_NEW',
      }),
    },
    {
      name: 'legacy AttributeUpdates PUT and DELETE',
      setup: [simpleTable(), put(item)],
      request: [
        update(key, undefined, {
          AttributeUpdates: { a: { Action: 'PUT', Value: { N: '7' } }, b: { Action: 'DELETE' } },
        }),
        get(key),
      ],
    },
    {
      name: 'AttributeUpdates together with UpdateExpression is refused',
      setup: [simpleTable(), put(item)],
      request: update(key, 'SET a = :v', {
        ExpressionAttributeValues: { ':v': 1 },
        AttributeUpdates: { b: { Action: 'DELETE' } },
      }),
    },
    {
      name: 'update with a key missing the sort key is refused',
      setup: [simpleTable()],
      request: update({ pk: 'u' }, 'SET a = :v', { ExpressionAttributeValues: { ':v': 1 } }),
    },
    {
      name: 'update with an extra key attribute is refused',
      setup: [simpleTable()],
      request: update({ ...key, a: 1 }, 'SET b = :v', { ExpressionAttributeValues: { ':v': 1 } }),
    },
    {
      name: 'update on a hash-only table',
      setup: [hashOnlyTable(), put({ pk: 'h', n: 1 })],
      request: update({ pk: 'h' }, 'ADD n :v', {
        ExpressionAttributeValues: { ':v': 1 },
        ReturnValues: 'ALL_NEW',
      }),
    },
    {
      name: 'update that removes every non-key attribute keeps the item',
      setup: [simpleTable(), put(item)],
      request: [update(key, 'REMOVE a, b, c'), get(key)],
    },
    {
      name: 'an update growing the item past 400 KB is refused',
      setup: [simpleTable(), put({ ...key, big: 'x'.repeat(300_000) })],
      request: [
        update(key, 'SET big2 = :v', { ExpressionAttributeValues: { ':v': 'y'.repeat(150_000) } }),
        get(key, { ProjectionExpression: 'pk' }),
      ],
    },
  ],
};
