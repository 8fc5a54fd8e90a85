import type { CaseGroup, ConformanceCase } from '../harness/conformance-case';
import { get, put, update } from '../harness/steps';
import { hashOnlyTable, simpleTable } from '../harness/tables';

const key = { pk: 'u', sk: '1' };
const item = { ...key, a: 1, b: 'two', c: [1, 2] };

const nested = { ...key, a: { b: { c: 1, d: 2 }, e: 3 }, xs: ['0', '1'], m: { y: 'q' }, n: 1 };

/** An update of the nested item returning UPDATED_OLD or UPDATED_NEW. */
function updated(name: string, expression: string, returnValues: string): ConformanceCase {
  const values = expression.includes(':v') ? { ExpressionAttributeValues: { ':v': 'z' } } : {};
  return {
    name,
    setup: [simpleTable(), put(nested)],
    request: update(key, expression, { ...values, ReturnValues: returnValues }),
  };
}

export const updateItemCases: CaseGroup = {
  area: 'UpdateItem',
  cases: [
    // The top-level attributes of the updated paths that exist in the item before (UPDATED_OLD)
    // or after (UPDATED_NEW) the update.
    updated(
      'UPDATED_NEW after removing a nested attribute returns nothing',
      'REMOVE a.b.c',
      'UPDATED_NEW',
    ),
    updated('UPDATED_OLD after removing a nested attribute', 'REMOVE a.b.c', 'UPDATED_OLD'),
    updated('UPDATED_NEW after removing a missing nested attribute', 'REMOVE a.zz', 'UPDATED_NEW'),
    updated(
      'UPDATED_NEW after a SET past the end of a list returns nothing',
      'SET xs[10] = :v',
      'UPDATED_NEW',
    ),
    updated(
      'UPDATED_OLD after a SET past the end of a list returns nothing',
      'SET xs[10] = :v',
      'UPDATED_OLD',
    ),
    updated(
      'UPDATED_NEW after a SET past the end and another SET',
      'SET xs[10] = :v, n = :v',
      'UPDATED_NEW',
    ),
    updated(
      'UPDATED_NEW after a SET past the end and of an element',
      'SET xs[10] = :v, xs[0] = :v',
      'UPDATED_NEW',
    ),
    updated('UPDATED_NEW after removing the first element', 'REMOVE xs[0]', 'UPDATED_NEW'),
    updated('UPDATED_NEW after removing every element', 'REMOVE xs[1], xs[0]', 'UPDATED_NEW'),
    updated('UPDATED_OLD after adding a map entry returns nothing', 'SET m.k = :v', 'UPDATED_OLD'),
    updated(
      'UPDATED_NEW after a nested SET and REMOVE',
      'SET a.b.c = :v REMOVE a.e',
      'UPDATED_NEW',
    ),
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
