import type { CaseGroup, ConformanceCase } from '../harness/conformance-case';
import type { NativeItem } from '../harness/attribute-values';
import { after, last, put, query, queryAll, type Step } from '../harness/steps';
import { createTable, numericSortTable, simpleTable } from '../harness/tables';

/** Ten items in partition 'q' (sk 'item#00'..'item#09') and two in 'other'. */
const items: NativeItem[] = [
  ...Array.from({ length: 10 }, (_, i) => ({
    pk: 'q',
    sk: `item#0${i}`,
    n: i,
    even: i % 2 === 0,
    tag: i < 5 ? 'low' : 'high',
  })),
  { pk: 'other', sk: 'item#00', n: 100 },
  { pk: 'other', sk: 'z', n: 101 },
];
const seeded: Step[] = [simpleTable(), ...items.map((item) => put(item))];

function q(name: string, input: Record<string, unknown>): ConformanceCase {
  return { name, setup: seeded, request: query(input) };
}

const inQ = { ':p': 'q' };

export const queryCases: CaseGroup = {
  area: 'Query',
  cases: [
    q('partition only', { KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: inQ }),
    q('an empty partition', {
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': 'none' },
    }),
    q('sort key =', {
      KeyConditionExpression: 'pk = :p AND sk = :s',
      ExpressionAttributeValues: { ...inQ, ':s': 'item#03' },
    }),
    q('sort key <', {
      KeyConditionExpression: 'pk = :p AND sk < :s',
      ExpressionAttributeValues: { ...inQ, ':s': 'item#03' },
    }),
    q('sort key <=', {
      KeyConditionExpression: 'pk = :p AND sk <= :s',
      ExpressionAttributeValues: { ...inQ, ':s': 'item#03' },
    }),
    q('sort key >', {
      KeyConditionExpression: 'pk = :p AND sk > :s',
      ExpressionAttributeValues: { ...inQ, ':s': 'item#07' },
    }),
    q('sort key >=', {
      KeyConditionExpression: 'pk = :p AND sk >= :s',
      ExpressionAttributeValues: { ...inQ, ':s': 'item#07' },
    }),
    q('sort key BETWEEN', {
      KeyConditionExpression: 'pk = :p AND sk BETWEEN :a AND :b',
      ExpressionAttributeValues: { ...inQ, ':a': 'item#02', ':b': 'item#04' },
    }),
    q('sort key begins_with', {
      KeyConditionExpression: 'pk = :p AND begins_with(sk, :s)',
      ExpressionAttributeValues: { ...inQ, ':s': 'item#0' },
    }),
    q('begins_with matching nothing', {
      KeyConditionExpression: 'pk = :p AND begins_with(sk, :s)',
      ExpressionAttributeValues: { ...inQ, ':s': 'x' },
    }),
    q('conditions in the other order', {
      KeyConditionExpression: 'sk > :s AND pk = :p',
      ExpressionAttributeValues: { ...inQ, ':s': 'item#07' },
    }),
    q('with name placeholders', {
      KeyConditionExpression: '#p = :p AND #s < :s',
      ExpressionAttributeNames: { '#p': 'pk', '#s': 'sk' },
      ExpressionAttributeValues: { ...inQ, ':s': 'item#02' },
    }),
    q('parentheses around conditions', {
      KeyConditionExpression: '(pk = :p) AND (sk < :s)',
      ExpressionAttributeValues: { ...inQ, ':s': 'item#02' },
    }),
    q('ScanIndexForward false', {
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: inQ,
      ScanIndexForward: false,
    }),
    q('Limit', { KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: inQ, Limit: 3 }),
    q('Limit equal to the result size still returns LastEvaluatedKey', {
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: inQ,
      Limit: 10,
    }),
    q('Limit larger than the result', {
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: inQ,
      Limit: 11,
    }),
    // When a page ends exactly on the last matching item, is LastEvaluatedKey returned?
    q('Limit reached by an equality on the sort key', {
      KeyConditionExpression: 'pk = :p AND sk = :s',
      ExpressionAttributeValues: { ...inQ, ':s': 'item#03' },
      Limit: 1,
    }),
    q('Limit reached by a one-item BETWEEN', {
      KeyConditionExpression: 'pk = :p AND sk BETWEEN :a AND :b',
      ExpressionAttributeValues: { ...inQ, ':a': 'item#03', ':b': 'item#03' },
      Limit: 1,
    }),
    q('Limit reached by a one-item BETWEEN backwards', {
      KeyConditionExpression: 'pk = :p AND sk BETWEEN :a AND :b',
      ExpressionAttributeValues: { ...inQ, ':a': 'item#03', ':b': 'item#03' },
      Limit: 1,
      ScanIndexForward: false,
    }),
    q('Limit reached at the upper end of a range', {
      KeyConditionExpression: 'pk = :p AND sk <= :s',
      ExpressionAttributeValues: { ...inQ, ':s': 'item#02' },
      Limit: 3,
    }),
    q('Limit reached at the upper end of a range backwards', {
      KeyConditionExpression: 'pk = :p AND sk <= :s',
      ExpressionAttributeValues: { ...inQ, ':s': 'item#02' },
      Limit: 3,
      ScanIndexForward: false,
    }),
    q('Limit reached at the end of the partition', {
      KeyConditionExpression: 'pk = :p AND sk >= :s',
      ExpressionAttributeValues: { ...inQ, ':s': 'item#07' },
      Limit: 3,
    }),
    q('Limit reached at the lower end of a range backwards', {
      KeyConditionExpression: 'pk = :p AND sk >= :s',
      ExpressionAttributeValues: { ...inQ, ':s': 'item#07' },
      Limit: 3,
      ScanIndexForward: false,
    }),
    q('Limit reached by begins_with covering the partition', {
      KeyConditionExpression: 'pk = :p AND begins_with(sk, :s)',
      ExpressionAttributeValues: { ...inQ, ':s': 'item#0' },
      Limit: 10,
    }),
    q('Limit reached on a one-item partition', {
      KeyConditionExpression: 'pk = :p AND sk > :s',
      ExpressionAttributeValues: { ':p': 'other', ':s': 'item#00' },
      Limit: 1,
    }),
    q('Limit backwards', {
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: inQ,
      Limit: 2,
      ScanIndexForward: false,
    }),
    q('Limit 0 is refused', {
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: inQ,
      Limit: 0,
    }),
    {
      name: 'pages of 3',
      setup: seeded,
      request: queryAll({
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: inQ,
        Limit: 3,
      }),
    },
    {
      name: 'pages of 4 backwards with a sort key condition',
      setup: seeded,
      request: queryAll({
        KeyConditionExpression: 'pk = :p AND sk >= :s',
        ExpressionAttributeValues: { ...inQ, ':s': 'item#01' },
        Limit: 4,
        ScanIndexForward: false,
      }),
    },
    {
      name: 'ExclusiveStartKey continues after the given key',
      setup: seeded,
      request: query({
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: inQ,
        ExclusiveStartKey: { pk: 'q', sk: 'item#04' },
        Limit: 2,
      }),
    },
    {
      name: 'ExclusiveStartKey of an item that does not exist',
      setup: seeded,
      request: query({
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: inQ,
        ExclusiveStartKey: { pk: 'q', sk: 'item#045' },
      }),
    },
    {
      name: 'ExclusiveStartKey from another partition is refused',
      setup: seeded,
      request: query({
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: inQ,
        ExclusiveStartKey: { pk: 'other', sk: 'item#00' },
      }),
    },
    {
      name: 'ExclusiveStartKey missing the sort key is refused',
      setup: seeded,
      request: query({
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: inQ,
        ExclusiveStartKey: { pk: 'q' },
      }),
    },
    {
      name: 'continuing from the returned LastEvaluatedKey',
      setup: seeded,
      request: [
        query({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: inQ, Limit: 4 }),
        after('Query', (previous) => ({
          TableName: '$T',
          KeyConditionExpression: 'pk = :p',
          ExpressionAttributeValues: { ':p': { S: 'q' } },
          ExclusiveStartKey: last(previous).LastEvaluatedKey,
        })),
      ],
    },
    q('FilterExpression', {
      KeyConditionExpression: 'pk = :p',
      FilterExpression: 'even = :t',
      ExpressionAttributeValues: { ...inQ, ':t': true },
    }),
    q('FilterExpression with Limit counts scanned items', {
      KeyConditionExpression: 'pk = :p',
      FilterExpression: 'n > :n',
      ExpressionAttributeValues: { ...inQ, ':n': 2 },
      Limit: 4,
    }),
    {
      name: 'pages of a filtered query',
      setup: seeded,
      request: queryAll({
        KeyConditionExpression: 'pk = :p',
        FilterExpression: 'tag = :t',
        ExpressionAttributeValues: { ...inQ, ':t': 'high' },
        Limit: 3,
      }),
    },
    q('FilterExpression matching nothing', {
      KeyConditionExpression: 'pk = :p',
      FilterExpression: 'attribute_exists(nothing)',
      ExpressionAttributeValues: inQ,
    }),
    q('FilterExpression on a key attribute is refused', {
      KeyConditionExpression: 'pk = :p',
      FilterExpression: 'sk = :s',
      ExpressionAttributeValues: { ...inQ, ':s': 'item#01' },
    }),
    q('Select COUNT', {
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: inQ,
      Select: 'COUNT',
    }),
    q('Select COUNT with a filter', {
      KeyConditionExpression: 'pk = :p',
      FilterExpression: 'even = :t',
      ExpressionAttributeValues: { ...inQ, ':t': false },
      Select: 'COUNT',
    }),
    q('Select SPECIFIC_ATTRIBUTES with a projection', {
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: inQ,
      Select: 'SPECIFIC_ATTRIBUTES',
      ProjectionExpression: 'n',
      Limit: 2,
    }),
    q('Select SPECIFIC_ATTRIBUTES without a projection is refused', {
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: inQ,
      Select: 'SPECIFIC_ATTRIBUTES',
    }),
    q('Select COUNT with a projection is refused', {
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: inQ,
      Select: 'COUNT',
      ProjectionExpression: 'n',
    }),
    q('Select ALL_ATTRIBUTES with a projection is refused', {
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: inQ,
      Select: 'ALL_ATTRIBUTES',
      ProjectionExpression: 'n',
    }),
    q('Select ALL_PROJECTED_ATTRIBUTES on the table is refused', {
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: inQ,
      Select: 'ALL_PROJECTED_ATTRIBUTES',
    }),
    q('no partition key condition is refused', {
      KeyConditionExpression: 'sk = :s',
      ExpressionAttributeValues: { ':s': 'item#01' },
    }),
    q('partition key with < is refused', {
      KeyConditionExpression: 'pk < :p',
      ExpressionAttributeValues: inQ,
    }),
    q('OR in a key condition is refused', {
      KeyConditionExpression: 'pk = :p OR sk = :s',
      ExpressionAttributeValues: { ...inQ, ':s': 'item#01' },
    }),
    q('a non-key attribute in a key condition is refused', {
      KeyConditionExpression: 'pk = :p AND n = :n',
      ExpressionAttributeValues: { ...inQ, ':n': 1 },
    }),
    q('two sort key conditions are refused', {
      KeyConditionExpression: 'pk = :p AND sk > :a AND sk < :b',
      ExpressionAttributeValues: { ...inQ, ':a': 'a', ':b': 'z' },
    }),
    q('<> in a key condition is refused', {
      KeyConditionExpression: 'pk = :p AND sk <> :s',
      ExpressionAttributeValues: { ...inQ, ':s': 'x' },
    }),
    q('IN in a key condition is refused', {
      KeyConditionExpression: 'pk IN (:p)',
      ExpressionAttributeValues: inQ,
    }),
    q('contains in a key condition is refused', {
      KeyConditionExpression: 'pk = :p AND contains(sk, :s)',
      ExpressionAttributeValues: { ...inQ, ':s': 'x' },
    }),
    q('a key condition value of the wrong type is refused', {
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': 1 },
    }),
    q('a missing KeyConditionExpression is refused', { ExpressionAttributeValues: inQ }),
    q('legacy KeyConditions', {
      KeyConditions: { pk: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'q' }] } },
      Limit: 2,
    }),
    {
      name: 'numeric sort key range',
      setup: [numericSortTable(), ...[-5, 0, 2.5, 10, 100].map((sk) => put({ pk: 'n', sk }))],
      request: query({
        KeyConditionExpression: 'pk = :p AND sk BETWEEN :a AND :b',
        ExpressionAttributeValues: { ':p': 'n', ':a': -1, ':b': 10 },
      }),
    },
    {
      name: 'begins_with on a numeric sort key is refused',
      setup: [numericSortTable()],
      request: query({
        KeyConditionExpression: 'pk = :p AND begins_with(sk, :a)',
        ExpressionAttributeValues: { ':p': 'n', ':a': 1 },
      }),
    },
    {
      name: 'a hash-only table rejects a sort key condition',
      setup: [createTable({ range: null })],
      request: query({
        KeyConditionExpression: 'pk = :p AND sk = :s',
        ExpressionAttributeValues: { ':p': 'a', ':s': 'b' },
      }),
    },
  ],
};
