/**
 * The tables every fuzz run starts with, the same on each engine: $T (pk, sk strings; GSI byG
 * gpk + gsk number, ALL; GSI byAB, a multi-attribute key a, b | c, d, INCLUDE x; LSI byL lsk
 * number, KEYS_ONLY) with a few items, and $U (pk number only).
 */
export const FUZZ_SETUP: { operation: string; body: Record<string, unknown> }[] = [
  {
    operation: 'CreateTable',
    body: {
      TableName: '$T',
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
        { AttributeName: 'gpk', AttributeType: 'S' },
        { AttributeName: 'gsk', AttributeType: 'N' },
        { AttributeName: 'a', AttributeType: 'S' },
        { AttributeName: 'b', AttributeType: 'N' },
        { AttributeName: 'c', AttributeType: 'S' },
        { AttributeName: 'd', AttributeType: 'N' },
        { AttributeName: 'lsk', AttributeType: 'N' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      GlobalSecondaryIndexes: [
        {
          IndexName: 'byG',
          KeySchema: [
            { AttributeName: 'gpk', KeyType: 'HASH' },
            { AttributeName: 'gsk', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
        {
          IndexName: 'byAB',
          KeySchema: [
            { AttributeName: 'a', KeyType: 'HASH' },
            { AttributeName: 'b', KeyType: 'HASH' },
            { AttributeName: 'c', KeyType: 'RANGE' },
            { AttributeName: 'd', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['x'] },
        },
      ],
      LocalSecondaryIndexes: [
        {
          IndexName: 'byL',
          KeySchema: [
            { AttributeName: 'pk', KeyType: 'HASH' },
            { AttributeName: 'lsk', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'KEYS_ONLY' },
        },
      ],
    },
  },
  {
    operation: 'CreateTable',
    body: {
      TableName: '$U',
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'N' }],
      BillingMode: 'PAY_PER_REQUEST',
    },
  },
  ...[
    {
      pk: 'p1',
      sk: '1',
      gpk: 'x',
      gsk: 1,
      a: 'x',
      b: 1,
      c: 'x',
      d: 1,
      lsk: 1,
      n: 1,
      l: ['x'],
      m: { k: 'y' },
    },
    { pk: 'p1', sk: '2', gpk: 'x', gsk: 2, a: 'x', b: 1, c: 'y', d: 2, x: 'z', s: ['x', 'y'] },
    { pk: 'p2', sk: '1', a: 'y', b: 2, n: 3, l: [] },
  ].map((native) => ({ operation: 'PutItem', body: { TableName: '$T', Item: toWire(native) } })),
];

function toWire(native: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(native).map(([name, value]) => [name, wireValue(value)]),
  );
}

function wireValue(value: unknown): unknown {
  if (typeof value === 'number') return { N: String(value) };
  if (typeof value === 'string') return { S: value };
  if (Array.isArray(value)) {
    return value.every((element) => typeof element === 'string') && value.length > 1
      ? { SS: value }
      : { L: value.map(wireValue) };
  }
  return { M: toWire(value as Record<string, unknown>) };
}
