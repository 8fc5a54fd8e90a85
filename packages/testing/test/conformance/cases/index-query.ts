import type { CaseGroup, ConformanceCase } from '../harness/conformance-case';
import type { NativeItem } from '../harness/attribute-values';
import { put, query, queryAll, scan, type Step } from '../harness/steps';
import { indexedTable } from '../harness/tables';

/** Items for the index cases: gsi1 keys on some items only (sparse), lsi1 numbers, gsi2 keys-only. */
const indexed: NativeItem[] = [
  {
    pk: 'u#1',
    sk: 'profile',
    gsi1pk: 'email#a',
    gsi1sk: 'u#1',
    lsi1sk: 5,
    lsi2sk: 'b',
    name: 'Ann',
    n: 1,
    a: 'x',
  },
  {
    pk: 'u#1',
    sk: 'order#1',
    gsi1pk: 'status#open',
    gsi1sk: '2024-01-02',
    lsi1sk: 3,
    lsi2sk: 'a',
    qty: 10,
    n: 2,
    a: 'y',
  },
  {
    pk: 'u#1',
    sk: 'order#2',
    gsi1pk: 'status#open',
    gsi1sk: '2024-01-01',
    lsi1sk: 9,
    qty: 20,
    n: 3,
  },
  {
    pk: 'u#1',
    sk: 'order#3',
    gsi1pk: 'status#done',
    gsi1sk: '2024-01-03',
    qty: 30,
    gsi2pk: 'g',
    n: 4,
    a: 'z',
  },
  {
    pk: 'u#2',
    sk: 'order#1',
    gsi1pk: 'status#open',
    gsi1sk: '2024-01-03',
    lsi1sk: 1,
    qty: 40,
    gsi2pk: 'g',
  },
  { pk: 'u#2', sk: 'note', text: 'not in any index' },
];
const indexedSetup: Step[] = [indexedTable(), ...indexed.map((item) => put(item))];

function iq(name: string, input: Record<string, unknown>): ConformanceCase {
  return { name, setup: indexedSetup, request: query(input) };
}

export const indexQueryCases: CaseGroup = {
  area: 'Index queries',
  cases: [
    iq('GSI query', {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': 'status#open' },
    }),
    iq('GSI query backwards with Limit', {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': 'status#open' },
      ScanIndexForward: false,
      Limit: 2,
    }),
    {
      name: 'GSI pages of one',
      setup: indexedSetup,
      request: queryAll({
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :p',
        ExpressionAttributeValues: { ':p': 'status#open' },
        Limit: 1,
      }),
    },
    iq('GSI sort key condition', {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p AND gsi1sk >= :d',
      ExpressionAttributeValues: { ':p': 'status#open', ':d': '2024-01-02' },
    }),
    iq('GSI with a filter', {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p',
      FilterExpression: 'qty > :t',
      ExpressionAttributeValues: { ':p': 'status#open', ':t': 15 },
    }),
    iq('sparse GSI has only items with the index keys', {
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :p',
      ExpressionAttributeValues: { ':p': 'g' },
    }),
    iq('KEYS_ONLY GSI returns table and index keys', {
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :p',
      ExpressionAttributeValues: { ':p': 'g' },
      Select: 'ALL_PROJECTED_ATTRIBUTES',
    }),
    iq('ALL_ATTRIBUTES on a KEYS_ONLY GSI is refused', {
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :p',
      ExpressionAttributeValues: { ':p': 'g' },
      Select: 'ALL_ATTRIBUTES',
    }),
    iq('projecting a non-projected attribute from a GSI is refused', {
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :p',
      ExpressionAttributeValues: { ':p': 'g' },
      ProjectionExpression: 'qty',
    }),
    iq('INCLUDE GSI returns keys and included attributes', {
      IndexName: 'gsi3',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': 'status#open' },
    }),
    iq('INCLUDE GSI sorted by a number', {
      IndexName: 'gsi3',
      KeyConditionExpression: 'gsi1pk = :p AND n > :n',
      ExpressionAttributeValues: { ':p': 'status#open', ':n': 2 },
      ScanIndexForward: false,
    }),
    iq('ConsistentRead on a GSI is refused', {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': 'status#open' },
      ConsistentRead: true,
    }),
    iq('GSI key condition on the table key is refused', {
      IndexName: 'gsi1',
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': 'u#1' },
    }),
    iq('an unknown index is refused', {
      IndexName: 'nope',
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': 'u#1' },
    }),
    iq('LSI query sorted by the LSI key', {
      IndexName: 'lsi1',
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': 'u#1' },
    }),
    iq('LSI range condition', {
      IndexName: 'lsi1',
      KeyConditionExpression: 'pk = :p AND lsi1sk > :n',
      ExpressionAttributeValues: { ':p': 'u#1', ':n': 4 },
    }),
    iq('LSI ConsistentRead is allowed', {
      IndexName: 'lsi1',
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': 'u#1' },
      ConsistentRead: true,
      ScanIndexForward: false,
    }),
    iq('KEYS_ONLY LSI', {
      IndexName: 'lsi2',
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': 'u#1' },
    }),
    iq('a query filter on an attribute a KEYS_ONLY LSI does not project is refused', {
      IndexName: 'lsi2',
      KeyConditionExpression: 'pk = :p',
      FilterExpression: 'qty > :t',
      ExpressionAttributeValues: { ':p': 'u#1', ':t': 15 },
    }),
    iq('a filter on an attribute a KEYS_ONLY GSI does not project is refused', {
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :p',
      FilterExpression: 'qty > :t',
      ExpressionAttributeValues: { ':p': 'g', ':t': 15 },
    }),
    {
      name: 'a scan of a KEYS_ONLY LSI filtering on unprojected attributes reads the table',
      setup: indexedSetup,
      request: scan({
        IndexName: 'lsi2',
        FilterExpression: 'qty > :t OR #n = :n',
        ExpressionAttributeNames: { '#n': 'name' },
        ExpressionAttributeValues: { ':t': 15, ':n': 'Ann' },
      }),
    },
    iq('KEYS_ONLY LSI with Select COUNT', {
      IndexName: 'lsi2',
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': 'u#1' },
      Select: 'COUNT',
    }),
    {
      name: 'LSI pages of one',
      setup: indexedSetup,
      request: queryAll({
        IndexName: 'lsi1',
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': 'u#1' },
        Limit: 1,
      }),
    },
    {
      name: 'GSI reflects an update that moves an item between index partitions',
      setup: [
        ...indexedSetup,
        {
          op: 'UpdateItem',
          input: {
            TableName: '$T',
            Key: { pk: { S: 'u#1' }, sk: { S: 'order#1' } },
            UpdateExpression: 'SET gsi1pk = :p',
            ExpressionAttributeValues: { ':p': { S: 'status#done' } },
          },
        },
      ],
      request: [
        query({
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :p',
          ExpressionAttributeValues: { ':p': 'status#open' },
        }),
        query({
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :p',
          ExpressionAttributeValues: { ':p': 'status#done' },
        }),
      ],
    },
    {
      name: 'GSI drops an item whose index key is removed',
      setup: [
        ...indexedSetup,
        {
          op: 'UpdateItem',
          input: {
            TableName: '$T',
            Key: { pk: { S: 'u#2' }, sk: { S: 'order#1' } },
            UpdateExpression: 'REMOVE gsi2pk',
          },
        },
      ],
      request: query({
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :p',
        ExpressionAttributeValues: { ':p': 'g' },
      }),
    },
    {
      name: 'an index key of the wrong type is refused on write',
      setup: [indexedTable()],
      request: put({ pk: 'x', sk: 'y', gsi1pk: 1 }),
    },
    {
      name: 'an empty string index key is refused on write',
      setup: [indexedTable()],
      request: put({ pk: 'x', sk: 'y', gsi1pk: '' }),
    },
    {
      name: 'ExclusiveStartKey on a GSI needs the table and index keys',
      setup: indexedSetup,
      request: query({
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :p',
        ExpressionAttributeValues: { ':p': 'status#open' },
        ExclusiveStartKey: {
          pk: 'u#1',
          sk: 'order#2',
          gsi1pk: 'status#open',
          gsi1sk: '2024-01-01',
        },
      }),
    },
    {
      name: 'ReturnConsumedCapacity INDEXES on a GSI query',
      setup: indexedSetup,
      request: {
        ...query({
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :p',
          ExpressionAttributeValues: { ':p': 'status#open' },
          ReturnConsumedCapacity: 'INDEXES',
        }),
        capacity: true,
      },
    },
  ],
};
