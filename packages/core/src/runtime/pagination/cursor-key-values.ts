import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { invalidCursor } from './invalid-cursor';

/**
 * How one key value is written into a cursor's JSON. Key attributes are strings, numbers or
 * binary; the values JSON cannot carry exactly get a one-letter type tag.
 */
export type CursorKeyValue = string | number | { B: string } | { N: string };

/** A LastEvaluatedKey in JSON-safe form. */
export function keyToCursorJson(key: Record<string, unknown>): Record<string, CursorKeyValue> {
  return Object.fromEntries(
    Object.entries(key).map(([name, value]) => [name, toCursorValue(name, value)]),
  );
}

/** The ExclusiveStartKey a cursor's `k` stands for; throws InvalidCursorError on any other shape. */
export function keyFromCursorJson(json: unknown): Record<string, unknown> {
  if (!isPlainObject(json) || Object.keys(json).length === 0) {
    throw invalidCursor('it does not hold a key');
  }
  // Object.fromEntries defines own properties, so a "__proto__" name cannot touch the prototype.
  return Object.fromEntries(
    Object.entries(json).map(([name, value]) => [name, fromCursorValue(name, value)]),
  );
}

function toCursorValue(name: string, value: unknown): CursorKeyValue {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (value instanceof Uint8Array) return { B: Buffer.from(value).toString('base64') };
  if (value instanceof NumberValue) return { N: value.value };
  throw invalidCursor(
    `key attribute ${name} holds a ${describe(value)}, which cannot be a DynamoDB key`,
  );
}

function fromCursorValue(name: string, value: unknown): unknown {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (isPlainObject(value) && Object.keys(value).length === 1) {
    if (typeof value.B === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(value.B)) {
      return new Uint8Array(Buffer.from(value.B, 'base64'));
    }
    if (typeof value.N === 'string' && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value.N)) {
      return NumberValue.from(value.N);
    }
  }
  throw invalidCursor(`key attribute ${name} has a value no DynamoDB key can have`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return (value as object).constructor?.name ?? 'object';
  return typeof value;
}
