import { validationError } from '../errors';
import {
  addDecimals,
  adjustedExponent,
  compareDecimals,
  type Decimal,
  formatDecimal,
  isZero,
  negateDecimal,
  parseDecimal,
} from './decimal';
import { valueMessages } from './messages';
import { addScaled, formatScaled, negateScaled, parseScaled } from './scaled-decimal';

const MAX_SIGNIFICANT_DIGITS = 38;
/** 9.9999999999999999999999999999999999999E+125 is the largest magnitude DynamoDB stores. */
const MAX_ADJUSTED_EXPONENT = 125;
/** 1E-130 is the smallest non-zero magnitude DynamoDB stores. */
const MIN_ADJUSTED_EXPONENT = -130;

/**
 * DynamoDB's canonical text for a number, or a ValidationException with DynamoDB's message.
 * @example normalizeNumber('1.50') // '1.5'; normalizeNumber('1e3') // '1000'
 */
export function normalizeNumber(text: string): string {
  return formatDecimal(checkStorable(parseNumber(text)));
}

/**
 * Exact `a + b` for SET a = a + :n and ADD. The result keeps the scale of the operands as
 * DynamoDB Local does ('1.25' + '1.75' = '3.00') and must itself be storable.
 * @example addNumbers('0.1', '0.2') // '0.3'
 */
export function addNumbers(a: string, b: string): string {
  return arithmetic(a, b, false);
}

/** Exact `a - b`, like addNumbers. */
export function subtractNumbers(a: string, b: string): string {
  return arithmetic(a, b, true);
}

function arithmetic(a: string, b: string, subtract: boolean): string {
  checkStorable(addDecimals(parseNumber(a), subtract ? negateDecimal(parseNumber(b)) : parseNumber(b)));
  const right = parseScaled(asciiNumber(b));
  return formatScaled(addScaled(parseScaled(asciiNumber(a)), subtract ? negateScaled(right) : right));
}

/** The number text with Unicode digits as ASCII (they are valid in DynamoDB numbers). */
function asciiNumber(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : formatDecimal(parseNumber(text));
}

/** Numeric order of two number texts (no float rounding). */
export function compareNumbers(a: string, b: string): number {
  return compareDecimals(parseNumber(a), parseNumber(b));
}

export function parseNumber(text: string): Decimal {
  const value = typeof text === 'string' ? parseDecimal(text) : undefined;
  if (!value) throw validationError(valueMessages.notANumber);
  return value;
}

function checkStorable(value: Decimal): Decimal {
  if (isZero(value)) return value;
  if (value.digits.length > MAX_SIGNIFICANT_DIGITS) throw validationError(valueMessages.tooPrecise);
  const scale = adjustedExponent(value);
  if (scale > MAX_ADJUSTED_EXPONENT) throw validationError(valueMessages.overflow);
  if (scale < MIN_ADJUSTED_EXPONENT) throw validationError(valueMessages.underflow);
  return value;
}
