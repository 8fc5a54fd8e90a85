/**
 * Bytes DynamoDB stores for a number: one byte per two significant digits, plus one.
 * Leading and trailing zeros and the exponent do not count (`1200`, `0.0012` and `1.2e9` all
 * have 2 significant digits). Takes the number's decimal text for values JS cannot hold exactly.
 *
 * @example
 * numberSize(12345); // 4
 */
export function numberSize(value: number | bigint | string): number {
  const mantissa = String(value).split(/e/i)[0];
  const significant = mantissa.replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.ceil(significant.length / 2) + 1;
}
