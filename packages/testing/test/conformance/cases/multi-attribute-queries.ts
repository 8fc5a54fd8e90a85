import type { CaseGroup, ConformanceCase } from '../harness/conformance-case';
import { after, last, query, queryAll, scan, scanAll, T, type Step } from '../harness/steps';
import { multiSetup } from './multi-attribute-tables';

/**
 * Queries and scans of GSIs with multi-attribute keys (table and items: multi-attribute-tables.ts):
 * equality on every partition attribute, then conditions on a leading run of the sort
 * attributes, the last one possibly a range; the order and pages follow the sort attributes.
 */

const T1_EU = { ':t': 't1', ':r': 'eu' };
const BY_REGION = 'tenant = :t AND #region = :r';
const NAMES: Record<string, string> = { '#region': 'region', '#status': 'status' };

/** The placeholders of NAMES that `expressions` use (DynamoDB refuses unused ones). */
function namesUsed(...expressions: unknown[]): Record<string, string> | undefined {
  const used = Object.entries(NAMES).filter(([placeholder]) =>
    expressions.some(
      (expression) => typeof expression === 'string' && expression.includes(placeholder),
    ),
  );
  return used.length > 0 ? Object.fromEntries(used) : undefined;
}

function q(
  name: string,
  condition: string,
  values: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): ConformanceCase {
  return {
    name,
    setup: multiSetup,
    request: query({
      IndexName: 'byRegion',
      KeyConditionExpression: condition,
      ExpressionAttributeNames: namesUsed(
        condition,
        extra.FilterExpression,
        extra.ProjectionExpression,
      ),
      ExpressionAttributeValues: values,
      ...extra,
    }),
  };
}

/** A query of byRegion's t1/eu partition with a condition on its sort attributes. */
const inEu = (
  name: string,
  sortCondition: string,
  values: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) => q(name, `${BY_REGION} AND ${sortCondition}`, { ...T1_EU, ...values }, extra);

/** A query of byDay (tenant; day, status, n). */
const days = (
  name: string,
  condition: string,
  values: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): ConformanceCase => ({
  name,
  setup: multiSetup,
  request: query({
    IndexName: 'byDay',
    KeyConditionExpression: condition,
    ExpressionAttributeValues: values,
    ...extra,
  }),
});

const unordered = (testCase: ConformanceCase): ConformanceCase => ({
  ...testCase,
  request: { ...(testCase.request as Step), unordered: true },
});

const scanStartingAt = (name: string, key: Record<string, unknown>): ConformanceCase => ({
  name,
  setup: multiSetup,
  request: scan({ IndexName: 'byRegion', ExclusiveStartKey: key }),
});

const FULL_KEY = { pk: 'o1', sk: 'a', tenant: 't1', region: 'eu', status: 'open', n: 10 };

export const multiAttributeQueryCases: CaseGroup = {
  area: 'Multi-attribute queries',
  cases: [
    q(
      'equality on every partition attribute, sorted by each sort attribute in turn',
      BY_REGION,
      T1_EU,
    ),
    q('backwards', BY_REGION, T1_EU, { ScanIndexForward: false }),
    inEu('equality on the first sort attribute', '#status = :s', { ':s': 'open' }),
    inEu('equality then a range', '#status = :s AND n > :n', { ':s': 'open', ':n': 2 }),
    inEu('equality then BETWEEN', '#status = :s AND n BETWEEN :a AND :b', {
      ':s': 'open',
      ':a': 2,
      ':b': 10,
    }),
    inEu('a range on the first sort attribute', '#status > :s', { ':s': 'done' }),
    inEu('begins_with on the first sort attribute', 'begins_with(#status, :s)', { ':s': 'sh' }),
    inEu('equality on every sort attribute', '#status = :s AND n = :n', { ':s': 'open', ':n': 2 }),
    inEu('conditions in any order', 'n <= :n AND #status = :s', { ':s': 'open', ':n': 2 }),
    days(
      'three sort attributes, equality on two then a range',
      'tenant = :t AND #d = :d AND #s = :s AND n >= :n',
      {
        ':t': 't1',
        ':d': 'd1',
        ':s': 'open',
        ':n': 2,
      },
      { ExpressionAttributeNames: { '#d': 'day', '#s': 'status' } },
    ),
    days('a KEYS_ONLY multi-attribute index returns table and index keys', 'tenant = :t', {
      ':t': 't1',
    }),
    // Entries with equal index keys come in an order DynamoDB leaves open.
    unordered(
      q('an INCLUDE index with a two-attribute partition key', BY_REGION, T1_EU, {
        IndexName: 'byPair',
      }),
    ),
    q('Select COUNT', BY_REGION, T1_EU, { Select: 'COUNT' }),
    q('a projection', BY_REGION, T1_EU, { ProjectionExpression: 'pk, n' }),
    q(
      'a filter on a non-key attribute',
      BY_REGION,
      { ...T1_EU, ':d': 'd1' },
      { FilterExpression: 'day = :d' },
    ),
    q(
      'a filter on a key attribute is refused',
      BY_REGION,
      { ...T1_EU, ':n': 1 },
      { FilterExpression: 'n > :n' },
    ),
    inEu(
      'pages of two with a LastEvaluatedKey of every key attribute',
      '#status = :s',
      { ':s': 'open' },
      { Limit: 2 },
    ),
    inEu(
      'a page that ends on the inclusive bound still has a LastEvaluatedKey',
      '#status = :s AND n <= :n',
      { ':s': 'open', ':n': 3 },
      { Limit: 2 },
    ),
    {
      name: 'every page, in order',
      setup: multiSetup,
      request: queryAll({
        IndexName: 'byRegion',
        KeyConditionExpression: BY_REGION,
        ExpressionAttributeNames: { '#region': 'region' },
        ExpressionAttributeValues: T1_EU,
        Limit: 2,
      }),
    },
    {
      name: 'continuing from the returned LastEvaluatedKey',
      setup: multiSetup,
      request: [
        query({
          IndexName: 'byRegion',
          KeyConditionExpression: BY_REGION,
          ExpressionAttributeNames: { '#region': 'region' },
          ExpressionAttributeValues: T1_EU,
          Limit: 3,
        }),
        after('Query', (previous) => ({
          TableName: T,
          IndexName: 'byRegion',
          KeyConditionExpression: BY_REGION,
          ExpressionAttributeNames: { '#region': 'region' },
          ExpressionAttributeValues: { ':t': { S: 't1' }, ':r': { S: 'eu' } },
          ExclusiveStartKey: last(previous).LastEvaluatedKey,
        })),
      ],
    },
    q('a start key from another partition is refused', BY_REGION, T1_EU, {
      ExclusiveStartKey: { ...FULL_KEY, region: 'us' },
    }),
    inEu(
      'a start key outside the sort range is refused',
      '#status = :s',
      { ':s': 'done' },
      { ExclusiveStartKey: FULL_KEY },
    ),
    q('a start key without a sort attribute is refused', BY_REGION, T1_EU, {
      ExclusiveStartKey: { pk: 'o1', sk: 'a', tenant: 't1', region: 'eu', status: 'open' },
    }),
    {
      name: 'KeyConditions on a multi-attribute key',
      setup: multiSetup,
      request: query({
        IndexName: 'byRegion',
        KeyConditions: {
          tenant: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 't1' }] },
          region: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'eu' }] },
          status: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'open' }] },
          n: { ComparisonOperator: 'GE', AttributeValueList: [{ N: '2' }] },
        },
      }),
    },
    {
      name: 'KeyConditions skipping a sort attribute is refused',
      setup: multiSetup,
      request: query({
        IndexName: 'byRegion',
        KeyConditions: {
          tenant: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 't1' }] },
          region: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'eu' }] },
          n: { ComparisonOperator: 'GE', AttributeValueList: [{ N: '2' }] },
        },
      }),
    },
    q('a partition attribute left out is refused', 'tenant = :t', { ':t': 't1' }),
    q('every partition attribute left out is refused', '#status = :s', { ':s': 'open' }),
    q('a range on a partition attribute is refused', 'tenant = :t AND #region > :r', T1_EU),
    inEu('a sort attribute skipped is refused', 'n = :n', { ':n': 2 }),
    inEu('a range before an equality is refused', '#status > :s AND n = :n', {
      ':s': 'a',
      ':n': 2,
    }),
    days(
      'the first gap is reported',
      'tenant = :t AND #s = :s',
      { ':t': 't1', ':s': 'open' },
      {
        ExpressionAttributeNames: { '#s': 'status' },
      },
    ),
    days(
      'ranges before the last condition are reported',
      'tenant = :t AND #d < :d AND #s < :s AND n = :n',
      {
        ':t': 't1',
        ':d': 'd',
        ':s': 's',
        ':n': 1,
      },
      { ExpressionAttributeNames: { '#d': 'day', '#s': 'status' } },
    ),
    inEu('a condition on a non-key attribute is refused', 'day = :d', { ':d': 'd1' }),
    inEu(
      'more conditions than key attributes are refused',
      '#status = :s AND n = :n AND day = :d',
      {
        ':s': 'open',
        ':n': 1,
        ':d': 'd1',
      },
    ),
    inEu('two conditions on one sort attribute are refused', 'n > :n AND n < :n', { ':n': 1 }),
    q('a value of the wrong type is refused', BY_REGION, { ':t': 't1', ':r': 1 }),
    q('an empty value is refused with the index name', BY_REGION, { ':t': 't1', ':r': '' }),
    inEu('a nested path into a sort attribute is refused', '#status.x = :s', { ':s': 'open' }),
    q('a nested path into a table key is refused', `${BY_REGION} AND pk.x = :p`, {
      ...T1_EU,
      ':p': 'o1',
    }),
    inEu('OR is refused', '#status = :s OR n = :n', { ':s': 'open', ':n': 1 }),
    {
      name: 'ReturnConsumedCapacity INDEXES on a multi-attribute query',
      setup: multiSetup,
      request: {
        ...query({
          IndexName: 'byRegion',
          KeyConditionExpression: BY_REGION,
          ExpressionAttributeNames: { '#region': 'region' },
          ExpressionAttributeValues: T1_EU,
          ReturnConsumedCapacity: 'INDEXES',
        }),
        capacity: true,
      },
    },
    {
      name: 'scan of a multi-attribute index',
      setup: multiSetup,
      request: scanAll({ IndexName: 'byRegion', Limit: 2 }),
    },
    scanStartingAt('a scan start key missing a key attribute is refused', {
      pk: 'o1',
      sk: 'a',
      tenant: 't1',
      region: 'eu',
      status: 'open',
    }),
    scanStartingAt('a scan start key with a mistyped key attribute is refused', {
      ...FULL_KEY,
      n: '10',
    }),
    scanStartingAt('a scan start key with an empty partition attribute is refused', {
      ...FULL_KEY,
      region: '',
    }),
    scanStartingAt('a scan start key with an empty sort attribute is refused', {
      ...FULL_KEY,
      status: '',
    }),
    scanStartingAt('a scan start key with an empty table key is refused', { ...FULL_KEY, sk: '' }),
  ],
};
