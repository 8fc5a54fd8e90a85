import type { CaseGroup, ConformanceCase } from '../harness/conformance-case';
import { del, get, put, query, scan, update, type Step } from '../harness/steps';
import { simpleTable } from '../harness/tables';

const key = { pk: 'v', sk: '1' };
const seeded: Step[] = [simpleTable(), put({ ...key, a: 1, s: 'x' })];

function refused(name: string, request: Step): ConformanceCase {
  return { name, setup: seeded, request };
}

export const validationCases: CaseGroup = {
  area: 'Validation errors',
  cases: [
    refused(
      'reserved word in a condition',
      put(key, { ConditionExpression: 'attribute_exists(status)' }),
    ),
    refused('reserved word in a projection', get(key, { ProjectionExpression: 'data' })),
    refused(
      'reserved word in a key condition',
      query({
        KeyConditionExpression: 'pk = :p AND #s = :s AND key = :k',
        ExpressionAttributeNames: { '#s': 'sk' },
        ExpressionAttributeValues: { ':p': 'v', ':s': '1', ':k': 1 },
      }),
    ),
    refused(
      'reserved word in a filter',
      scan({ FilterExpression: 'size > :n', ExpressionAttributeValues: { ':n': 1 } }),
    ),
    refused(
      'reserved words are case insensitive',
      update(key, 'SET Timestamp = :v', { ExpressionAttributeValues: { ':v': 1 } }),
    ),
    refused(
      'an unused name in an update',
      update(key, 'SET a = :v', {
        ExpressionAttributeValues: { ':v': 1 },
        ExpressionAttributeNames: { '#x': 'x' },
      }),
    ),
    refused(
      'an unused value in a query',
      query({
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': 'v', ':q': 'x' },
      }),
    ),
    refused('an undefined value in a filter', scan({ FilterExpression: 'a = :missing' })),
    refused('an undefined name in a projection', get(key, { ProjectionExpression: '#missing' })),
    refused(
      'names given without any expression',
      get(key, { ExpressionAttributeNames: { '#a': 'a' } }),
    ),
    refused(
      'an empty ExpressionAttributeValues map',
      put(key, { ConditionExpression: 'attribute_exists(a)', ExpressionAttributeValues: {} }),
    ),
    refused(
      'an empty ExpressionAttributeNames map',
      put(key, { ConditionExpression: 'attribute_exists(a)', ExpressionAttributeNames: {} }),
    ),
    refused(
      'a value placeholder without a colon',
      put(key, { ConditionExpression: 'a = :v', ExpressionAttributeValues: { v: 1 } }),
    ),
    refused(
      'a name placeholder without a hash',
      put(key, {
        ConditionExpression: '#a = :v',
        ExpressionAttributeNames: { a: 'a' },
        ExpressionAttributeValues: { ':v': 1 },
      }),
    ),
    refused(
      'an invalid value in ExpressionAttributeValues',
      put(key, {
        ConditionExpression: 'a = :v',
        ExpressionAttributeValues: { ':v': new Set<string>() },
      }),
    ),
    refused(
      'a condition on a key attribute is allowed',
      update(key, 'SET a = :v', {
        ConditionExpression: 'sk = :s',
        ExpressionAttributeValues: { ':v': 2, ':s': '1' },
      }),
    ),
    refused('GetItem on the wrong key schema', get({ id: 'v' })),
    refused('DeleteItem with an extra attribute in the key', del({ ...key, a: 1 })),
    refused(
      'UpdateItem with a number partition key',
      update({ pk: 1, sk: '1' }, 'SET a = :v', { ExpressionAttributeValues: { ':v': 1 } }),
    ),
    refused(
      'an empty string sort key in a query',
      query({
        KeyConditionExpression: 'pk = :p AND sk = :s',
        ExpressionAttributeValues: { ':p': 'v', ':s': '' },
      }),
    ),
    refused(
      'an empty string partition key in a query',
      query({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': '' } }),
    ),
    refused('an empty string key in BatchGet', {
      op: 'BatchGetItem',
      input: { RequestItems: { $T: { Keys: [{ pk: { S: '' }, sk: { S: '1' } }] } } },
    }),
    refused('a too large item', put({ ...key, blob: 'z'.repeat(500_000) })),
    refused(
      'a condition expression over 4 KB',
      put(key, { ConditionExpression: `attribute_exists(${'a'.repeat(4100)})` }),
    ),
    refused('ReturnValues on GetItem-like invalid enum', put(key, { ReturnValues: 'SOMETHING' })),
    refused(
      'an invalid Select value',
      query({
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': 'v' },
        Select: 'SOME',
      }),
    ),
    refused('an invalid ReturnConsumedCapacity value', get(key, { ReturnConsumedCapacity: 'ALL' })),
    refused(
      'ConditionExpression together with legacy Expected',
      put(key, {
        ConditionExpression: 'attribute_exists(a)',
        Expected: { a: { Exists: true, Value: { N: '1' } } },
      }),
    ),
    refused(
      'a nested attribute path in a key condition',
      query({ KeyConditionExpression: 'pk.x = :p', ExpressionAttributeValues: { ':p': 'v' } }),
    ),
    refused('a path with a negative list index', get(key, { ProjectionExpression: 'a[-1]' })),
    refused(
      'a name placeholder used as a value',
      put(key, { ConditionExpression: 'a = #v', ExpressionAttributeNames: { '#v': 'a' } }),
    ),
    refused(
      'a value placeholder used as a path',
      update(key, 'SET :v = :v', { ExpressionAttributeValues: { ':v': 1 } }),
    ),
    refused('an operand that is not a path or value', put(key, { ConditionExpression: 'a = 1' })),
    refused('a string literal in an expression', put(key, { ConditionExpression: "a = 'x'" })),
    refused('a table name that is too short', {
      op: 'GetItem',
      input: { TableName: 'ab', Key: { pk: { S: 'v' }, sk: { S: '1' } } },
    }),
    refused(
      'Limit on a query above the maximum is accepted',
      query({
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': 'v' },
        Limit: 1_000_000,
      }),
    ),
  ],
};
