import { numberSize } from './number-size';

/** DynamoDB charges one byte of overhead per Map/List element, and three per Map/List. */
const DOCUMENT_OVERHEAD = 3;
const ELEMENT_OVERHEAD = 1;

/**
 * Bytes DynamoDB stores for one DocumentClient-native value (the attribute name not included).
 * `undefined` counts nothing: the DocumentClient drops it (`removeUndefinedValues`).
 *
 * @example
 * attributeValueSize('héllo'); // 6 (UTF-8)
 * attributeValueSize({ a: 1 }); // 3 + 1 + 1 + 2 = 7
 */
export function attributeValueSize(value: unknown): number {
  if (value === undefined) return 0;
  if (value === null || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return utf8Length(value);
  if (typeof value === 'number' || typeof value === 'bigint') return numberSize(value);
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return value.byteLength;
  if (isWrappedNumber(value)) return numberSize(value.value);
  if (value instanceof Set) return sum([...value], attributeValueSize);
  if (Array.isArray(value)) return DOCUMENT_OVERHEAD + sum(value.filter(isDefined), elementSize);
  if (value instanceof Map)
    return (
      DOCUMENT_OVERHEAD +
      sum(
        [...value].filter(([, v]) => isDefined(v)),
        entrySize,
      )
    );
  if (typeof value === 'object') {
    return (
      DOCUMENT_OVERHEAD +
      sum(
        Object.entries(value).filter(([, v]) => isDefined(v)),
        entrySize,
      )
    );
  }
  return 0;
}

/** Size of a map's or item's attribute: its name plus its value. */
export function namedValueSize(name: string, value: unknown): number {
  return utf8Length(name) + attributeValueSize(value);
}

function elementSize(value: unknown): number {
  return ELEMENT_OVERHEAD + attributeValueSize(value);
}

function entrySize([name, value]: [unknown, unknown]): number {
  return ELEMENT_OVERHEAD + namedValueSize(String(name), value);
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function sum<T>(values: readonly T[], size: (value: T) => number): number {
  return values.reduce((total, value) => total + size(value), 0);
}

function isDefined(value: unknown): boolean {
  return value !== undefined;
}

// NumberValue of the DocumentClient (`wrapNumbers`), recognised by shape to keep the SDK out.
function isWrappedNumber(value: unknown): value is { value: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    value.constructor?.name === 'NumberValue' &&
    typeof (value as { value?: unknown }).value === 'string'
  );
}
