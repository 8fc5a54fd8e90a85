import type { CaseGroup, ConformanceCase } from '../harness/conformance-case';
import { parallelScan, put, scan, scanAll, type Step } from '../harness/steps';
import { indexedTable, simpleTable } from '../harness/tables';

/** 30 items over 10 partitions. */
const seeded: Step[] = [
  simpleTable(),
  ...Array.from({ length: 30 }, (_, i) =>
    put({ pk: `p${i % 10}`, sk: `s${i}`, n: i, odd: i % 2 === 1 }),
  ),
];

function s(name: string, request: Step): ConformanceCase {
  return { name, setup: seeded, request };
}

export const scanCases: CaseGroup = {
  area: 'Scan',
  cases: [
    { name: 'an empty table', setup: [simpleTable()], request: scan() },
    s('every item', scan()),
    s(
      'FilterExpression',
      scan({
        FilterExpression: 'odd = :t AND n > :n',
        ExpressionAttributeValues: { ':t': true, ':n': 10 },
      }),
    ),
    s(
      'FilterExpression on key attributes is allowed',
      scan({ FilterExpression: 'pk = :p', ExpressionAttributeValues: { ':p': 'p3' } }),
    ),
    s('Select COUNT', scan({ Select: 'COUNT' })),
    s(
      'Select COUNT with a filter',
      scan({
        Select: 'COUNT',
        FilterExpression: 'odd = :f',
        ExpressionAttributeValues: { ':f': false },
      }),
    ),
    // Which items a limited page holds depends on the partition hash order: compare counts only.
    s('Limit returns that many and a LastEvaluatedKey', scan({ Limit: 7, Select: 'COUNT' })),
    s(
      'Limit with a filter counts scanned items',
      scan({
        Limit: 7,
        Select: 'COUNT',
        FilterExpression: 'n >= :n',
        ExpressionAttributeValues: { ':n': 0 },
      }),
    ),
    s('pages of 7', scanAll({ Limit: 7 })),
    s('pages of 10 (the last page is empty)', scanAll({ Limit: 10 })),
    s(
      'pages of a filtered scan',
      scanAll({
        Limit: 4,
        FilterExpression: 'odd = :t',
        ExpressionAttributeValues: { ':t': true },
      }),
    ),
    s('parallel scan with 3 segments covers every item once', parallelScan(3)),
    s('parallel scan with 1 segment', parallelScan(1)),
    s('parallel scan with more segments than items', parallelScan(50)),
    s('parallel scan with pages of 2', parallelScan(4, { Limit: 2 })),
    s('Segment without TotalSegments is refused', scan({ Segment: 0 })),
    s('TotalSegments without Segment is refused', scan({ TotalSegments: 2 })),
    s('Segment equal to TotalSegments is refused', scan({ Segment: 2, TotalSegments: 2 })),
    s('TotalSegments above 1000000 is refused', scan({ Segment: 0, TotalSegments: 1_000_001 })),
    s('ProjectionExpression', scan({ ProjectionExpression: 'n' })),
    s('Limit 0 is refused', scan({ Limit: 0 })),
    s(
      'ConsistentRead',
      scan({
        ConsistentRead: true,
        FilterExpression: 'n < :n',
        ExpressionAttributeValues: { ':n': 3 },
      }),
    ),
    s('ExclusiveStartKey with a wrong key is refused', scan({ ExclusiveStartKey: { pk: 'p1' } })),
    {
      name: 'scan of a GSI returns only indexed items',
      setup: [
        indexedTable(),
        put({ pk: 'a', sk: '1', gsi1pk: 'g', gsi1sk: '1' }),
        put({ pk: 'b', sk: '1' }),
        put({ pk: 'c', sk: '1', gsi2pk: 'h', other: 1 }),
      ],
      request: [scan({ IndexName: 'gsi1' }), scan({ IndexName: 'gsi2' })],
    },
    {
      name: 'scan of an LSI',
      setup: [
        indexedTable(),
        put({ pk: 'a', sk: '1', lsi1sk: 2 }),
        put({ pk: 'a', sk: '2', lsi1sk: 1 }),
        put({ pk: 'b', sk: '1' }),
      ],
      request: scan({ IndexName: 'lsi1' }),
    },
    { name: 'scan of a missing table', request: scan() },
    {
      name: 'scan of an unknown index is refused',
      setup: [simpleTable()],
      request: scan({ IndexName: 'nope' }),
    },
  ],
};
