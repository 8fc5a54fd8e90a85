import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { parseNumber } from './numbers';
import { isZero } from './decimal';
import type { Item } from './types';

/** Overhead DynamoDB charges for a map or list, plus one byte per element. */
const CONTAINER_OVERHEAD = 3;

/**
 * The item size DynamoDB checks against its 400 KB limit and bills capacity on: for every
 * attribute the UTF-8 bytes of its name plus the size of its value (see `valueSize`).
 * @example itemSize({ pk: { S: 'a' } }) // 3
 */
export function itemSize(item: Item): number {
  let size = 0;
  for (const [name, value] of Object.entries(item)) size += utf8Length(name) + valueSize(value);
  return size;
}

/**
 * Size of one value: S is its UTF-8 bytes, B its bytes, BOOL and NULL one byte, sets the sum
 * of their elements, M and L 3 bytes plus, per element, one byte and the element (and for M
 * the key's bytes). Numbers: see `numberSize`.
 */
export function valueSize(value: AttributeValue): number {
  if (value.S !== undefined) return utf8Length(value.S);
  if (value.N !== undefined) return numberSize(value.N);
  if (value.B !== undefined) return value.B.length;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS !== undefined) return sum(value.SS, utf8Length);
  if (value.NS !== undefined) return sum(value.NS, numberSize);
  if (value.BS !== undefined) return sum(value.BS, (element) => element.length);
  if (value.L !== undefined) return CONTAINER_OVERHEAD + sum(value.L, (element) => 1 + valueSize(element));
  if (value.M !== undefined) {
    const entries = Object.entries(value.M);
    return CONTAINER_OVERHEAD + sum(entries, ([key, element]) => utf8Length(key) + 1 + valueSize(element));
  }
  return 0;
}

/**
 * DynamoDB stores numbers as base-100 digit pairs aligned on the decimal point, plus one
 * exponent byte, plus one byte for negatives; zero is one byte. So '12' is 2 bytes, '123'
 * is 3, '100' is 2 (trailing zero pairs are dropped) and '-1.5' is 4.
 */
export function numberSize(text: string): number {
  const value = parseNumber(text);
  if (isZero(value)) return 1;
  const lowestPower = value.exponent;
  const highestPower = value.exponent + value.digits.length - 1;
  const pairs = Math.floor(highestPower / 2) - Math.floor(lowestPower / 2) + 1;
  return 1 + pairs + (value.negative ? 1 : 0);
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function sum<T>(elements: T[], size: (element: T) => number): number {
  let total = 0;
  for (const element of elements) total += size(element);
  return total;
}
