import type { CaseGroup, ConformanceCase } from '../harness/conformance-case';
import type { NativeItem } from '../harness/attribute-values';
import {
  describeTable,
  exact,
  put,
  scan,
  update,
  updateTable,
  waitForActive,
  type Step,
} from '../harness/steps';
import { createTable, simpleTable, tableInput, type IndexSpec } from '../harness/tables';

/**
 * GSIs whose key is made of several attributes (up to four HASH and four RANGE, in order):
 * creation, description, and which items they hold. Queries are in multi-attribute-queries.ts.
 */

type Key = [string, 'S' | 'N' | 'B'];
const attributes = (prefix: string, count: number, type: 'S' | 'N' = 'S'): Key[] =>
  Array.from({ length: count }, (_, i) => [`${prefix}${i + 1}`, type]);

/** The table multi-attribute cases use: byRegion (2 HASH, 2 RANGE, ALL), byDay (1 HASH, 3 RANGE, KEYS_ONLY), byPair (2 HASH, INCLUDE note). */
export const MULTI_INDEXES: IndexSpec[] = [
  {
    name: 'byRegion',
    hash: [
      ['tenant', 'S'],
      ['region', 'S'],
    ],
    range: [
      ['status', 'S'],
      ['n', 'N'],
    ],
  },
  {
    name: 'byDay',
    hash: [['tenant', 'S']],
    range: [
      ['day', 'S'],
      ['status', 'S'],
      ['n', 'N'],
    ],
    projection: 'KEYS_ONLY',
  },
  {
    name: 'byPair',
    hash: [
      ['tenant', 'S'],
      ['region', 'S'],
    ],
    projection: ['note'],
  },
];
export const multiTable = (): Step => createTable({ gsis: MULTI_INDEXES });

/** Items spread over two regions, sorted by status then n; some lack an index attribute. */
export const MULTI_ITEMS: NativeItem[] = [
  { pk: 'o1', sk: 'a', tenant: 't1', region: 'eu', status: 'open', n: 10, day: 'd1', note: 'x' },
  { pk: 'o2', sk: 'a', tenant: 't1', region: 'eu', status: 'open', n: 2, day: 'd2', note: 'y' },
  { pk: 'o3', sk: 'a', tenant: 't1', region: 'eu', status: 'done', n: 7, day: 'd1' },
  { pk: 'o4', sk: 'a', tenant: 't1', region: 'eu', status: 'open', n: 3, day: 'd1', other: 1 },
  { pk: 'o5', sk: 'a', tenant: 't1', region: 'us', status: 'open', n: 1, day: 'd1' },
  { pk: 'o6', sk: 'a', tenant: 't1', region: 'eu', status: 'shipped', n: -3, day: 'd3' },
  { pk: 'o7', sk: 'a', tenant: 't1', region: 'eu', status: 'open' },
  { pk: 'o8', sk: 'a', tenant: 't1', status: 'open', n: 4, day: 'd1' },
  { pk: 'o9', sk: 'a', tenant: 't2', region: 'eu', status: 'open', n: 5, day: 'd2' },
];
export const multiSetup: Step[] = [multiTable(), ...MULTI_ITEMS.map((item) => put(item))];

function created(name: string, gsis: IndexSpec[]): ConformanceCase {
  return { name, request: [createTable({ gsis }), describeTable()] };
}

/** CreateTable of the simple table plus one GSI with exactly this KeySchema (and definitions). */
function withGsiKeySchema(
  name: string,
  keySchema: [string | null, string | null][],
  defined: Key[],
): ConformanceCase {
  const input = tableInput();
  return {
    name,
    request: exact('CreateTable', {
      ...input,
      AttributeDefinitions: [
        ...(input.AttributeDefinitions as object[]),
        ...defined.map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType })),
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: 'gix',
          KeySchema: keySchema.map(([AttributeName, KeyType]) => ({ AttributeName, KeyType })),
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    }),
  };
}

const H = (...names: string[]): [string, string][] => names.map((name) => [name, 'HASH']);
const R = (...names: string[]): [string, string][] => names.map((name) => [name, 'RANGE']);

export const multiAttributeTableCases: CaseGroup = {
  area: 'Multi-attribute keys',
  cases: [
    { name: 'the multi-attribute table description', request: [multiTable(), describeTable()] },
    created('four HASH and four RANGE attributes', [
      { name: 'gix', hash: attributes('h', 4), range: attributes('r', 4, 'N') },
    ]),
    created('several HASH attributes and no RANGE', [{ name: 'gix', hash: attributes('h', 3) }]),
    created('one HASH and several RANGE attributes', [
      { name: 'gix', hash: ['h', 'B'], range: attributes('r', 2) },
    ]),
    created('the table keys as a two-attribute partition key', [
      {
        name: 'gix',
        hash: [
          ['pk', 'S'],
          ['sk', 'S'],
        ],
      },
    ]),
    withGsiKeySchema('five HASH attributes are refused', H('a', 'b', 'c', 'd', 'e'), []),
    withGsiKeySchema(
      'five RANGE attributes are refused',
      [...H('a'), ...R('b', 'c', 'd', 'e', 'f')],
      [],
    ),
    withGsiKeySchema(
      'nine key attributes are refused',
      [...H('a', 'b', 'c', 'd', 'e'), ...R('f', 'g', 'h', 'i')],
      [],
    ),
    withGsiKeySchema('a HASH after a RANGE is refused', [...H('a'), ...R('b'), ...H('c')], []),
    withGsiKeySchema('a RANGE before every HASH is refused', [...R('b'), ...H('a')], []),
    withGsiKeySchema('only RANGE attributes are refused', R('a', 'b'), []),
    withGsiKeySchema(
      'an attribute twice in the key is refused',
      [...H('a'), ...R('b', 'a')],
      [
        ['a', 'S'],
        ['b', 'S'],
      ],
    ),
    withGsiKeySchema(
      'the same attribute as HASH and RANGE is refused',
      [...H('a', 'b'), ...R('b')],
      [
        ['a', 'S'],
        ['b', 'S'],
      ],
    ),
    withGsiKeySchema('an undefined key attribute is refused', H('a', 'x'), [['a', 'S']]),
    withGsiKeySchema(
      'a key element without a name is refused',
      [
        ['a', null],
        [null, 'HASH'],
      ],
      [['a', 'S']],
    ),
    withGsiKeySchema(
      'a key element without a key type is refused',
      [
        ['a', 'HASH'],
        ['b', null],
      ],
      [
        ['a', 'S'],
        ['b', 'S'],
      ],
    ),
    withGsiKeySchema(
      'a duplicate is refused before the attribute count',
      H('a', 'b', 'c', 'd', 'a'),
      [],
    ),
    withGsiKeySchema(
      'the attribute count is checked before the definitions',
      H('a', 'b', 'c', 'd', 'e'),
      [['a', 'S']],
    ),
    {
      name: 'a table key of two HASH attributes is refused',
      request: exact('CreateTable', {
        ...tableInput(),
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'HASH' },
        ],
      }),
    },
    {
      name: 'an LSI with two RANGE attributes is refused',
      request: createTable({
        lsis: [
          {
            name: 'lix',
            range: [
              ['a', 'S'],
              ['b', 'N'],
            ],
          },
        ],
      }),
    },
    {
      name: 'UpdateTable creates a multi-attribute GSI and back-fills it',
      setup: [
        simpleTable(),
        put({ pk: 'p', sk: '1', a: 'x', b: 1 }),
        put({ pk: 'p', sk: '2', a: 'x' }),
      ],
      request: [
        updateTable({
          AttributeDefinitions: [
            { AttributeName: 'a', AttributeType: 'S' },
            { AttributeName: 'b', AttributeType: 'N' },
          ],
          GlobalSecondaryIndexUpdates: [
            {
              Create: {
                IndexName: 'gix',
                KeySchema: [
                  { AttributeName: 'a', KeyType: 'HASH' },
                  { AttributeName: 'b', KeyType: 'HASH' },
                ],
                Projection: { ProjectionType: 'KEYS_ONLY' },
              },
            },
          ],
        }),
        waitForActive(),
        describeTable(),
        scan({ IndexName: 'gix' }),
      ],
    },
    {
      name: 'UpdateTable refuses a GSI with five RANGE attributes',
      setup: [simpleTable()],
      request: updateTable({
        AttributeDefinitions: ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => ({
          AttributeName: name,
          AttributeType: 'S',
        })),
        GlobalSecondaryIndexUpdates: [
          {
            Create: {
              IndexName: 'gix',
              KeySchema: [...H('a'), ...R('b', 'c', 'd', 'e', 'f')].map(
                ([AttributeName, KeyType]) => ({
                  AttributeName,
                  KeyType,
                }),
              ),
              Projection: { ProjectionType: 'ALL' },
            },
          },
        ],
      }),
    },
    {
      name: 'an index is sparse: it holds only items with every key attribute',
      setup: multiSetup,
      request: [
        scan({ IndexName: 'byRegion' }),
        scan({ IndexName: 'byDay' }),
        scan({ IndexName: 'byPair' }),
      ],
    },
    {
      name: 'one key attribute of the wrong type is refused on write',
      setup: [multiTable()],
      request: put({ pk: 'x', sk: 'y', tenant: 't', region: 'eu', status: 'open', n: '1' }),
    },
    {
      name: 'an empty key attribute is refused on write',
      setup: [multiTable()],
      request: put({ pk: 'x', sk: 'y', tenant: 't', region: '', status: 'open' }),
    },
    {
      name: 'removing one key attribute drops the entry, setting it back restores it',
      setup: multiSetup,
      request: [
        update({ pk: 'o1', sk: 'a' }, 'REMOVE n'),
        scan({ IndexName: 'byRegion', Select: 'COUNT' }),
        update({ pk: 'o1', sk: 'a' }, 'SET n = :n', { ExpressionAttributeValues: { ':n': 11 } }),
        scan({ IndexName: 'byRegion', Select: 'COUNT' }),
      ],
    },
    {
      name: 'a write reports the units of each multi-attribute index',
      setup: [multiTable()],
      request: {
        ...put(
          { pk: 'x', sk: 'y', tenant: 't', region: 'eu', status: 'open', n: 1, day: 'd' },
          { ReturnConsumedCapacity: 'INDEXES' },
        ),
        capacity: true,
      },
    },
    {
      name: 'an update that changes one sort attribute moves the index entry',
      setup: multiSetup,
      request: {
        ...update({ pk: 'o2', sk: 'a' }, 'SET #s = :s', {
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':s': 'done' },
          ReturnConsumedCapacity: 'INDEXES',
        }),
        capacity: true,
      },
    },
  ],
};
