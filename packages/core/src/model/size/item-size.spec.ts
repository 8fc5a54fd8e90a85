import { ItemTooLargeError } from '../errors/errors';
import { attributeValueSize } from './attribute-value-size';
import { assertItemSize, MAX_ITEM_SIZE } from './assert-item-size';
import { itemSize } from './item-size';

/** The DocumentClient's NumberValue, by shape (model/ does not import the SDK). */
class NumberValue {
  constructor(readonly value: string) {}
  static from(value: string) {
    return new NumberValue(value);
  }
}

describe('attributeValueSize', () => {
  it.each<[string, unknown, number]>([
    ['an ASCII string', 'hello', 5],
    ['a string in UTF-8 bytes', 'Ærø', 5],
    ['an emoji', '😀', 4],
    ['an empty string', '', 0],
    ['a number', 12345, 4],
    ['a wrapped number', NumberValue.from('12345'), 4],
    ['true', true, 1],
    ['false', false, 1],
    ['null', null, 1],
    ['binary', new Uint8Array(10), 10],
    ['a Buffer', Buffer.from('abc'), 3],
    ['an empty list', [], 3],
    ['a list', ['ab', 1], 3 + (1 + 2) + (1 + 2)],
    ['an empty map', {}, 3],
    ['a map, names included', { a: 'xy', bb: true }, 3 + (1 + 1 + 2) + (1 + 2 + 1)],
    ['a JS Map', new Map([['a', 'xy']]), 3 + (1 + 1 + 2)],
    ['a string set', new Set(['ab', 'cde']), 5],
    ['a number set', new Set([1, 123]), 2 + 3],
    ['a binary set', new Set([new Uint8Array(4), new Uint8Array(6)]), 10],
    ['nested documents', { l: [{ k: 1 }] }, 3 + 1 + 1 + (3 + 1 + (3 + 1 + 1 + 2))],
    ['undefined (dropped by the DocumentClient)', undefined, 0],
    ['a map with an undefined value', { a: undefined, b: 1 }, 3 + (1 + 1 + 2)],
  ])('%s', (_, value, bytes) => {
    expect(attributeValueSize(value)).toBe(bytes);
  });
});

describe('itemSize', () => {
  it('adds attribute names and values, without document overhead at the top level', () => {
    expect(itemSize({ PK: 'C#1', n: 42 })).toBe(2 + 3 + (1 + 2));
  });

  it('sizes a typical single-table item exactly', () => {
    const item = {
      PK: 'CUSTOMER#01J',
      SK: 'PROFILE',
      _type: 'Customer',
      email: 'ada@example.com',
      points: 100,
      active: true,
      tags: new Set(['vip']),
      addr: { city: 'Oslo' },
    };
    const expected =
      2 + 12 + (2 + 7) + (5 + 8) + (5 + 15) + (6 + 2) + (6 + 1) + (4 + 3) + (4 + (3 + 1 + 4 + 4));
    expect(itemSize(item)).toBe(expected);
  });

  it('ignores undefined attributes', () => {
    expect(itemSize({ a: 'x', b: undefined })).toBe(2);
  });

  it('is 0 for an empty item', () => {
    expect(itemSize({})).toBe(0);
  });

  // Expected: the in-process engine's itemSize of the marshalled item (the DocumentClient's
  // marshall with removeUndefinedValues and convertClassInstanceToMap), which DynamoDB Local
  // confirms at the 400 KB limit.
  it('agrees with DynamoDB on items with negative, fractional, tiny and long numbers', () => {
    const cases: Array<[string, Record<string, unknown>, number]> = [
      ['a negative number', { n: -1 }, 4],
      ['a fraction', { n: 1.5 }, 4],
      ['a negative integer', { n: -123 }, 5],
      ['a small fraction', { n: 0.001 }, 3],
      ['the smallest magnitude', { n: 1e-130 }, 3],
      ['a 20-digit bigint', { n: 12345678901234567890n }, 12],
      ['a wrapped 38-digit negative number', { n: NumberValue.from('-1'.padEnd(39, '1')) }, 22],
      ['numbers in a list', { PK: 'C#1', list: [-1, 1.5, 0.001, -123] }, 28],
      [
        'numbers in nested maps and lists',
        { PK: 'C#1', map: { a: -1, bb: 1e-130, c: { d: [12345678901234567890n] } } },
        43,
      ],
      ['a number set', { PK: 'C#1', set: new Set([-1, 1.5, -123, 0.001]) }, 20],
      ['a bigint set', { PK: 'C#1', set: new Set([12345678901234567890n, -1n]) }, 22],
      [
        'a typical item with prices',
        {
          PK: 'C#1',
          total: -0.5,
          qty: 3,
          price: 19.99,
          tags: ['a', 'é'],
          flags: { on: true, off: null },
        },
        55,
      ],
    ];
    expect(Object.fromEntries(cases.map(([label, item]) => [label, itemSize(item)]))).toEqual(
      Object.fromEntries(cases.map(([label, , bytes]) => [label, bytes])),
    );
  });
});

describe('assertItemSize', () => {
  // 'PK' (2) + 'C#1' (3) + 'data' (4) + the string: pad the string to hit an exact total.
  const itemOfSize = (total: number) => ({ PK: 'C#1', data: 'x'.repeat(total - 9) });

  it('accepts an item of exactly 400 KB', () => {
    expect(itemSize(itemOfSize(MAX_ITEM_SIZE))).toBe(400 * 1024);
    expect(() => assertItemSize(itemOfSize(MAX_ITEM_SIZE), 'Customer')).not.toThrow();
    expect(() => assertItemSize(itemOfSize(MAX_ITEM_SIZE - 1), 'Customer')).not.toThrow();
  });

  it('rejects an item one byte over, naming the entity and the size', () => {
    let error: unknown;
    try {
      assertItemSize(itemOfSize(MAX_ITEM_SIZE + 1), 'Customer');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ItemTooLargeError);
    expect(error).toMatchObject({
      code: 'ITEM_TOO_LARGE',
      entity: 'Customer',
      size: 409601,
      limit: 409600,
    });
    expect((error as Error).message).toBe(
      "Customer item is 409601 bytes; DynamoDB's limit is 409600 bytes",
    );
  });

  it('counts multi-byte characters as their UTF-8 size at the boundary', () => {
    // 'é' is 2 bytes in UTF-8: half as many characters reach the limit.
    const item = { PK: 'C#1', data: 'é'.repeat(Math.floor((MAX_ITEM_SIZE - 9) / 2) + 1) };
    expect(() => assertItemSize(item, 'Note')).toThrow(ItemTooLargeError);
  });
});
