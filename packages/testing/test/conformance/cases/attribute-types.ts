import type { CaseGroup, ConformanceCase } from '../harness/conformance-case';
import { bs, bytes, n, ns, raw, type NativeValue } from '../harness/attribute-values';
import { get, put, query } from '../harness/steps';
import { createTable, simpleTable } from '../harness/tables';

const key = { pk: 't', sk: '1' };

/** Stores one value in attribute `v` and reads it back (or shows the error). */
function roundTrip(name: string, value: NativeValue): ConformanceCase {
  return { name, setup: [simpleTable()], request: [put({ ...key, v: value }), get(key)] };
}

/** Numbers stored in a numeric sort key, queried back in order. */
function numericOrder(name: string, numbers: string[]): ConformanceCase {
  return {
    name,
    setup: [
      createTable({ range: ['sk', 'N'] }),
      ...numbers.map((digits) => put({ pk: 'n', sk: n(digits) })),
    ],
    request: query({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': 'n' } }),
  };
}

export const attributeTypeCases: CaseGroup = {
  area: 'Attribute types and numbers',
  cases: [
    roundTrip('S', 'a string with ünïcödé ✓'),
    roundTrip('empty S outside keys', ''),
    roundTrip('N integer', 42),
    roundTrip('B', bytes('binary\u0000data')),
    roundTrip('empty B outside keys', new Uint8Array()),
    roundTrip('BOOL', false),
    roundTrip('NULL', null),
    roundTrip('SS', new Set(['b', 'a', 'c'])),
    roundTrip('NS', ns('3', '1', '2.5')),
    roundTrip('BS', bs(bytes('b'), bytes('a'))),
    roundTrip('L of mixed types', ['s', 1, true, null, [1], { k: 'v' }, new Set(['x'])]),
    roundTrip('empty L', []),
    roundTrip('M nested', { a: { b: { c: [1, { d: 'deep' }] } } }),
    roundTrip('empty M', {}),
    roundTrip('N normalizes trailing zeros', n('1.500')),
    roundTrip('N normalizes leading zeros', n('007')),
    roundTrip('N normalizes a plus sign', n('+5')),
    roundTrip('N normalizes negative zero', n('-0')),
    roundTrip('N normalizes 0.0', n('0.0')),
    roundTrip('N with an exponent', n('1.5E3')),
    roundTrip('N with a negative exponent', n('125e-5')),
    roundTrip('N with 38 significant digits', n('12345678901234567890123456789012345678')),
    roundTrip(
      'N with 39 significant digits is refused',
      n('123456789012345678901234567890123456789'),
    ),
    roundTrip(
      'N with 39 digits whose last are zeros',
      n('123456789012345678901234567890123456780'),
    ),
    roundTrip('N largest magnitude', n('9.9999999999999999999999999999999999999E+125')),
    roundTrip('N too large is refused', n('1E+126')),
    roundTrip('N smallest positive', n('1E-130')),
    roundTrip('N too small is refused', n('1E-131')),
    roundTrip('N negative decimal', n('-123.456')),
    roundTrip('N that is not a number is refused', n('abc')),
    roundTrip('N NaN is refused', n('NaN')),
    roundTrip('N Infinity is refused', n('Infinity')),
    roundTrip('N empty string is refused', n('')),
    roundTrip('N with spaces is refused', n(' 1')),
    roundTrip('NS normalizes its members', ns('1.0', '2.50')),
    roundTrip('NS with numerically equal members is refused', ns('1', '1.0')),
    roundTrip('SS with duplicates is refused', raw({ SS: ['a', 'a'] })),
    roundTrip('empty SS is refused', raw({ SS: [] })),
    roundTrip('empty NS is refused', raw({ NS: [] })),
    roundTrip('empty BS is refused', raw({ BS: [] })),
    roundTrip('SS with an empty string', raw({ SS: ['', 'a'] })),
    roundTrip('NULL false is refused', raw({ NULL: false })),
    roundTrip('an attribute value with two types is refused', raw({ S: 'a', N: '1' })),
    roundTrip('an attribute value with no type is refused', raw({})),
    roundTrip('an empty set nested in a list is refused', [raw({ SS: [] })]),
    roundTrip('an empty map key is refused', { '': 'empty key' }),
    roundTrip(
      'deeply nested (32 levels)',
      Array.from({ length: 31 }).reduce<NativeValue>((inner) => ({ m: inner }), 'bottom'),
    ),
    roundTrip(
      'too deeply nested (33 levels) is refused',
      Array.from({ length: 33 }).reduce<NativeValue>((inner) => ({ m: inner }), 'bottom'),
    ),
    {
      name: 'an attribute name of 64 KB + 1 is refused',
      setup: [simpleTable()],
      request: put({ ...key, ['a'.repeat(65_536)]: 1 }),
    },
    {
      name: 'an empty attribute name is refused',
      setup: [simpleTable()],
      request: put({ ...key, '': 1 }),
    },
    numericOrder('numbers sort by value', ['10', '9', '-1', '0.5', '100', '-20.5', '1e2', '1E-3']),
    numericOrder('numbers sort with large exponents', [
      '1E+100',
      '-1E+100',
      '1E-100',
      '-1E-100',
      '0',
    ]),
    {
      name: 'strings sort by UTF-8 bytes',
      setup: [
        simpleTable(),
        ...['a', 'B', 'é', 'z', 'Z', '0', '~', '中', '𝄞', 'ab'].map((sk) => put({ pk: 's', sk })),
      ],
      request: query({
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': 's' },
      }),
    },
    {
      name: 'binary sort keys sort by unsigned bytes',
      setup: [
        createTable({ range: ['sk', 'B'] }),
        ...[[0x00], [0xff], [0x7f], [0x80], [0x01, 0x00], [0x01]].map((octets) =>
          put({ pk: 'b', sk: new Uint8Array(octets) }),
        ),
      ],
      request: query({
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': 'b' },
      }),
    },
    {
      name: 'a number key written two ways is one item',
      setup: [
        createTable({ range: ['sk', 'N'] }),
        put({ pk: 'k', sk: n('1.0'), v: 'first' }),
        put({ pk: 'k', sk: n('1'), v: 'second' }),
      ],
      request: query({
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': 'k' },
      }),
    },
    {
      name: 'an item of exactly 400 KB is accepted',
      setup: [simpleTable()],
      // 400 KB = 409600 bytes: pk(2+1) + sk(2+1) + name "v"(1) + value.
      request: [
        put({ ...key, v: 'x'.repeat(409_600 - 7) }),
        get(key, { ProjectionExpression: 'pk' }),
      ],
    },
    {
      name: 'an item of 400 KB + 1 byte is refused',
      setup: [simpleTable()],
      request: put({ ...key, v: 'x'.repeat(409_600 - 6) }),
    },
    {
      name: 'a partition key of 2048 bytes is accepted',
      setup: [simpleTable()],
      request: put({ pk: 'p'.repeat(2048), sk: '1' }),
    },
    {
      name: 'a partition key of 2049 bytes is refused',
      setup: [simpleTable()],
      request: put({ pk: 'p'.repeat(2049), sk: '1' }),
    },
    {
      name: 'a sort key of 1025 bytes is refused',
      setup: [simpleTable()],
      request: put({ pk: 'p', sk: 's'.repeat(1025) }),
    },
    {
      name: 'a sort key of 1024 bytes is accepted',
      setup: [simpleTable()],
      request: put({ pk: 'p', sk: 's'.repeat(1024) }),
    },
  ],
};
