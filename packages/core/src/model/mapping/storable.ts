import type { AttributeType } from '../metadata/types';

/** Map keys that would replace an object's prototype when read back into JavaScript. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** DynamoDB nests maps and lists at most this deep. */
export const MAX_NESTING_DEPTH = 32;

/** DynamoDB numbers: up to 38 significant digits, magnitudes from 1E-130 below 1E+126. */
const MAX_SIGNIFICANT_DIGITS = 38;
const MAX_MAGNITUDE = 1e126;
const MIN_MAGNITUDE = 1e-130;

const isBinary = (value: unknown) => ArrayBuffer.isView(value) || value instanceof ArrayBuffer;

/** How a value reads in an error message: its JavaScript kind, e.g. 'a string', 'NaN', 'an array'. */
export function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
  if (value instanceof Set) return 'a Set';
  if (value instanceof Map) return 'a Map';
  if (isBinary(value)) return 'binary data';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return String(value);
    return 'a number';
  }
  if (typeof value === 'object') return 'an object';
  return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}

/** Why DynamoDB cannot hold this number, or undefined when it can. */
export function numberProblem(value: number | bigint): string | undefined {
  if (typeof value === 'bigint') {
    const digits = (value < 0n ? -value : value).toString();
    const significant = digits.replace(/0+$/, '') || '0';
    if (significant.length > MAX_SIGNIFICANT_DIGITS) {
      return `has ${significant.length} significant digits; DynamoDB numbers hold at most ${MAX_SIGNIFICANT_DIGITS}`;
    }
    return digits.length > 126 ? 'is too large for a DynamoDB number (at most 1E+126)' : undefined;
  }
  if (!Number.isFinite(value)) return `is ${value}, which DynamoDB cannot store`;
  const magnitude = Math.abs(value);
  if (magnitude >= MAX_MAGNITUDE) return 'is too large for a DynamoDB number (below 1E+126)';
  // Beyond 2^53 a JavaScript number is not the integer it prints as; the SDK refuses it too.
  if (magnitude > Number.MAX_SAFE_INTEGER) {
    return 'is beyond Number.MAX_SAFE_INTEGER, where JavaScript numbers are not exact; pass a bigint';
  }
  if (magnitude !== 0 && magnitude < MIN_MAGNITUDE) {
    return 'is too small for a DynamoDB number (at least 1E-130)';
  }
  return undefined;
}

// lib-dynamodb's NumberValue (a number kept as text), matched by name to keep the SDK out.
export const isNumberValue = (value: unknown) =>
  typeof value === 'object' && value !== null && value.constructor?.name === 'NumberValue';

/**
 * Why `value` does not fit an attribute declared as `type`, or undefined when it does. Only
 * the outer shape is checked here; what a map, list or set holds is checked as it is converted.
 * Dates may also be given as ISO-8601 text (conditions compare them as text).
 */
export function typeProblem(type: AttributeType, value: unknown): string | undefined {
  const fits = (() => {
    switch (type) {
      case 'string':
        return typeof value === 'string';
      case 'number':
        return typeof value === 'number' || typeof value === 'bigint' || isNumberValue(value);
      case 'boolean':
        return typeof value === 'boolean';
      case 'date':
        return (
          (value instanceof Date && !Number.isNaN(value.getTime())) ||
          (typeof value === 'string' && Number.isFinite(Date.parse(value)))
        );
      case 'set':
        return value instanceof Set || Array.isArray(value);
      case 'list':
        return Array.isArray(value);
      case 'map':
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          !(value instanceof Set) &&
          !(value instanceof Date) &&
          !isBinary(value)
        );
      case 'binary':
        return isBinary(value);
      case 'any':
        return true;
    }
  })();
  if (!fits) {
    const expected = type === 'date' ? 'a valid Date (or ISO-8601 text)' : `a ${type}`;
    return `must be ${expected}, got ${describeKind(value)}`;
  }
  if (typeof value === 'number' || typeof value === 'bigint') return numberProblem(value);
  return undefined;
}
