/** Sign, digits (with an optional point) and exponent, as DynamoDB (Java's BigDecimal) reads them. */
const NUMBER_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Bytes DynamoDB stores for a number, given as the text sent on the wire (`String(value)` for
 * JS numbers and bigints, the text of a NumberValue). DynamoDB stores the digits in base-100
 * pairs aligned on the decimal point, plus one exponent byte, plus one byte for a negative
 * number; zero takes one byte. Leading and trailing zeros do not count, but the alignment
 * does: `12` and `0.12` are one pair, `1.5` (1|.5) and `123` (1|23) are two.
 *
 * The same rule as DynamoDB Local, verified at the 400 KB limit (an item of exactly 409600
 * bytes by this count is accepted, one byte more is refused) for values such as -1 (3),
 * 1.5 (3), -123 (4), 0.001 (2), 1e-130 (2) and 12345678901234567890 (11).
 *
 * @example
 * numberSize(12345); // 4: 1|23|45 + exponent
 * numberSize(-1.5); // 4: 1|50 + exponent + sign
 */
export function numberSize(value: number | bigint | string): number {
  const text = asciiDigits(String(value));
  const match = NUMBER_TEXT.exec(text);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) {
    // Not a number DynamoDB accepts (the write fails anyway): never count it as small.
    return Buffer.byteLength(text, 'utf8') + 1;
  }
  const [, sign, whole, fraction = '', exponentText = '0'] = match;
  const withoutLeading = (whole + fraction).replace(/^0+/, '');
  const digits = withoutLeading.replace(/0+$/, '');
  if (digits === '') return 1;
  // value = digits × 10^lowest; the highest digit is at 10^highest.
  const lowest = Number(exponentText) - fraction.length + (withoutLeading.length - digits.length);
  const highest = lowest + digits.length - 1;
  const pairs = Math.floor(highest / 2) - Math.floor(lowest / 2) + 1;
  return 1 + pairs + (sign === '-' ? 1 : 0);
}

/** Java (so DynamoDB) accepts any Unicode decimal digit in a number; count them as ASCII. */
function asciiDigits(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  let ascii = '';
  for (const char of text) {
    ascii += /\p{Nd}/u.test(char) && !/[0-9]/.test(char) ? String(unicodeDigitValue(char)) : char;
  }
  return ascii;
}

/** Unicode lays decimal digits out in runs of ten starting at zero. */
function unicodeDigitValue(char: string): number {
  const codePoint = char.codePointAt(0)!;
  let start = codePoint;
  while (start > 0 && /\p{Nd}/u.test(String.fromCodePoint(start - 1))) start -= 1;
  return (codePoint - start) % 10;
}
