/**
 * Exact decimal numbers as DynamoDB stores them: value = ±digits × 10^exponent, where `digits`
 * has no leading or trailing zeros (zero is digits '' and never negative). Floats would lose
 * DynamoDB's 38 significant digits, so everything here works on digit strings and BigInt.
 */
export interface Decimal {
  readonly negative: boolean;
  readonly digits: string;
  readonly exponent: number;
}

export const ZERO: Decimal = { negative: false, digits: '', exponent: 0 };

/** Exponents beyond this are not numbers for DynamoDB (Java's BigDecimal scale is an int). */
const MAX_EXPONENT_TEXT_VALUE = 2 ** 31 - 1;

/**
 * Parses number text the way DynamoDB (Java's BigDecimal) accepts it: an optional sign, digits
 * with an optional point (at least one digit), an optional exponent. Unicode decimal digits
 * count as digits, as they do in Java. Returns undefined for anything else.
 */
export function parseDecimal(text: string): Decimal | undefined {
  const ascii = asciiDigits(text);
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(ascii);
  if (!match) return undefined;
  const [, sign, whole, fraction = '', exponentText] = match;
  if (whole.length === 0 && fraction.length === 0) return undefined;
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > MAX_EXPONENT_TEXT_VALUE) return undefined;
  return makeDecimal(sign === '-', whole + fraction, exponent - fraction.length);
}

/** Builds a canonical Decimal from any digit string (leading/trailing zeros allowed). */
export function makeDecimal(negative: boolean, rawDigits: string, exponent: number): Decimal {
  const digits = rawDigits.replace(/^0+/, '');
  const significant = digits.replace(/0+$/, '');
  if (significant.length === 0) return ZERO;
  return { negative, digits: significant, exponent: exponent + (digits.length - significant.length) };
}

/** The power of ten of the leading digit (scientific-notation exponent). */
export function adjustedExponent(value: Decimal): number {
  return value.exponent + value.digits.length - 1;
}

export function isZero(value: Decimal): boolean {
  return value.digits.length === 0;
}

/** Plain notation without exponent, as DynamoDB returns numbers: 1E3 → '1000', 1E-2 → '0.01'. */
export function formatDecimal(value: Decimal): string {
  if (isZero(value)) return '0';
  const sign = value.negative ? '-' : '';
  if (value.exponent >= 0) return sign + value.digits + '0'.repeat(value.exponent);
  const pointAt = value.digits.length + value.exponent;
  if (pointAt > 0) return `${sign}${value.digits.slice(0, pointAt)}.${value.digits.slice(pointAt)}`;
  return `${sign}0.${'0'.repeat(-pointAt)}${value.digits}`;
}

export function compareDecimals(a: Decimal, b: Decimal): number {
  const signA = isZero(a) ? 0 : a.negative ? -1 : 1;
  const signB = isZero(b) ? 0 : b.negative ? -1 : 1;
  if (signA !== signB) return signA < signB ? -1 : 1;
  if (signA === 0) return 0;
  const magnitude = compareMagnitudes(a, b);
  return signA < 0 ? -magnitude : magnitude;
}

function compareMagnitudes(a: Decimal, b: Decimal): number {
  const scaleA = adjustedExponent(a);
  const scaleB = adjustedExponent(b);
  if (scaleA !== scaleB) return scaleA < scaleB ? -1 : 1;
  const width = Math.max(a.digits.length, b.digits.length);
  const digitsA = a.digits.padEnd(width, '0');
  const digitsB = b.digits.padEnd(width, '0');
  return digitsA < digitsB ? -1 : digitsA > digitsB ? 1 : 0;
}

/** Exact sum. */
export function addDecimals(a: Decimal, b: Decimal): Decimal {
  if (isZero(a)) return b;
  if (isZero(b)) return a;
  const exponent = Math.min(a.exponent, b.exponent);
  const sum = toScaledBigInt(a, exponent) + toScaledBigInt(b, exponent);
  const negative = sum < 0n;
  return makeDecimal(negative, (negative ? -sum : sum).toString(), exponent);
}

export function negateDecimal(value: Decimal): Decimal {
  return isZero(value) ? value : { ...value, negative: !value.negative };
}

function toScaledBigInt(value: Decimal, exponent: number): bigint {
  const magnitude = BigInt(value.digits + '0'.repeat(value.exponent - exponent));
  return value.negative ? -magnitude : magnitude;
}

/** Maps Unicode decimal digits (e.g. fullwidth '１') to ASCII, as Java's BigDecimal reads them. */
function asciiDigits(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  let result = '';
  for (const char of text) {
    result += /\p{Nd}/u.test(char) && !/[0-9]/.test(char) ? String(unicodeDigitValue(char)) : char;
  }
  return result;
}

/** Unicode lays decimal digits out in runs of ten starting at zero, so count back to the run start. */
function unicodeDigitValue(char: string): number {
  const codePoint = char.codePointAt(0)!;
  let start = codePoint;
  while (start > 0 && /\p{Nd}/u.test(String.fromCodePoint(start - 1))) start -= 1;
  return (codePoint - start) % 10;
}
