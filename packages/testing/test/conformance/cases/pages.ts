import type { CaseGroup } from '../harness/conformance-case';
import { put, queryAll, scanAll, type Step } from '../harness/steps';
import { createTable, simpleTable } from '../harness/tables';

/** 30 items of ~100 KB in one partition: about 3 MB, so several 1 MB pages. */
const big = (pk: string, count: number): Step[] =>
  Array.from({ length: count }, (_, i) =>
    put({ pk, sk: `s${String(i).padStart(2, '0')}`, blob: 'x'.repeat(100_000), n: i }),
  );

export const pageCases: CaseGroup = {
  area: '1 MB pages',
  cases: [
    {
      name: 'a query stops at 1 MB',
      setup: [simpleTable(), ...big('p', 30)],
      request: queryAll({
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': 'p' },
        ProjectionExpression: 'sk',
      }),
    },
    {
      name: 'a scan stops at 1 MB',
      setup: [simpleTable(), ...big('a', 15), ...big('b', 15)],
      request: scanAll({ ProjectionExpression: 'sk, n' }),
    },
    {
      name: 'a filtered query counts the bytes read, not returned',
      setup: [simpleTable(), ...big('p', 25)],
      request: queryAll({
        KeyConditionExpression: 'pk = :p',
        FilterExpression: 'n = :n',
        ExpressionAttributeValues: { ':p': 'p', ':n': 24 },
        ProjectionExpression: 'sk',
      }),
    },
    {
      name: 'Select COUNT pages at 1 MB too',
      setup: [simpleTable(), ...big('p', 25)],
      request: queryAll({
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': 'p' },
        Select: 'COUNT',
      }),
    },
    {
      name: 'a GSI query with all attributes projected stops at 1 MB',
      setup: [
        createTable({ gsis: [{ name: 'byN', hash: ['g', 'S'], range: ['n', 'N'] }] }),
        ...Array.from({ length: 25 }, (_, i) =>
          put({ pk: `p${i}`, sk: 's', g: 'all', n: i, blob: 'y'.repeat(100_000) }),
        ),
      ],
      request: queryAll({
        IndexName: 'byN',
        KeyConditionExpression: 'g = :g',
        ExpressionAttributeValues: { ':g': 'all' },
        ProjectionExpression: 'n',
      }),
    },
    {
      name: 'a KEYS_ONLY GSI query counts only projected bytes',
      setup: [
        createTable({
          gsis: [{ name: 'byN', hash: ['g', 'S'], range: ['n', 'N'], projection: 'KEYS_ONLY' }],
        }),
        ...Array.from({ length: 25 }, (_, i) =>
          put({ pk: `p${i}`, sk: 's', g: 'all', n: i, blob: 'y'.repeat(100_000) }),
        ),
      ],
      request: queryAll({
        IndexName: 'byN',
        KeyConditionExpression: 'g = :g',
        ExpressionAttributeValues: { ':g': 'all' },
        ProjectionExpression: 'n',
      }),
    },
  ],
};
