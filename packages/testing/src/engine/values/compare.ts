import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { compareNumbers } from './numbers';
import { typeOf } from './types';

/**
 * Orders two key values the way DynamoDB sorts a partition: S by UTF-8 bytes, N numerically,
 * B by unsigned bytes. Values of different types (never in one key) order by type name.
 * @example compareKeyValues({ S: '\uFFFF' }, { S: '\u{1F600}' }) // -1 (UTF-16 order would say 1)
 */
export function compareKeyValues(a: AttributeValue, b: AttributeValue): number {
  const typeA = typeOf(a);
  const typeB = typeOf(b);
  if (typeA !== typeB) return typeA < typeB ? -1 : 1;
  switch (typeA) {
    case 'S':
      return compareUtf8(a.S!, b.S!);
    case 'N':
      return compareNumbers(a.N!, b.N!);
    case 'B':
      return compareBytes(a.B!, b.B!);
    default:
      throw new Error(`Type ${typeA} cannot be part of a key`);
  }
}

/**
 * Compares strings by their UTF-8 bytes, which is code point order. JS compares UTF-16 code
 * units, which puts surrogate pairs (U+10000 and up) before U+E000..U+FFFF; shifting the code
 * units at the first difference restores code point order without encoding anything.
 */
export function compareUtf8(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const unitA = a.charCodeAt(i);
    const unitB = b.charCodeAt(i);
    if (unitA !== unitB) return codePointRank(unitA) < codePointRank(unitB) ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}

/** Unsigned bytewise order, shorter prefix first. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return compareBytes(a, b) === 0;
}
