import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { bytesEqual } from './compare';
import { formatDecimal } from './decimal';
import { compareNumbers, parseNumber } from './numbers';
import { typeOf } from './types';

/**
 * Deep equality as DynamoDB's `=` sees it: same type, numbers compared numerically, sets
 * compared without regard to order, lists in order, maps by key.
 * @example valuesEqual({ NS: ['1', '2'] }, { NS: ['2.0', '1'] }) // true
 */
export function valuesEqual(a: AttributeValue, b: AttributeValue): boolean {
  const type = typeOf(a);
  if (type !== typeOf(b)) return false;
  switch (type) {
    case 'S':
      return a.S === b.S;
    case 'N':
      return compareNumbers(a.N!, b.N!) === 0;
    case 'B':
      return bytesEqual(a.B!, b.B!);
    case 'BOOL':
      return a.BOOL === b.BOOL;
    case 'NULL':
      return true;
    case 'SS':
      return sameSet(a.SS!, b.SS!, (element) => element);
    case 'NS':
      return sameSet(a.NS!, b.NS!, (element) => formatDecimal(parseNumber(element)));
    case 'BS':
      return sameSet(a.BS!, b.BS!, (element) => Buffer.from(element).toString('base64'));
    case 'L':
      return a.L!.length === b.L!.length && a.L!.every((element, i) => valuesEqual(element, b.L![i]));
    case 'M':
      return mapsEqual(a.M!, b.M!);
  }
}

/** Sets hold no duplicates, so equal sizes plus inclusion means equal sets. */
function sameSet<T>(a: T[], b: T[], canonical: (element: T) => string): boolean {
  if (a.length !== b.length) return false;
  const elements = new Set(b.map(canonical));
  return a.every((element) => elements.has(canonical(element)));
}

function mapsEqual(a: Record<string, AttributeValue>, b: Record<string, AttributeValue>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && valuesEqual(a[key], b[key]));
}
