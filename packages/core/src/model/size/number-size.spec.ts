import { numberSize } from './number-size';

/** The DocumentClient's NumberValue, by shape (model/ does not import the SDK). */
class NumberValue {
  constructor(readonly value: string) {}
}

/**
 * Sizes DynamoDB stores. Each was checked against DynamoDB Local's 400 KB limit (an item of
 * exactly 409600 bytes with this count is accepted, one byte more refused) and equals the
 * in-process engine's `numberSize` (packages/testing/src/engine/values/item-size.ts, not
 * exported) for the text the DocumentClient sends.
 */
const VERIFIED: Array<[string, number | bigint | string, number]> = [
  ['zero', 0, 1],
  ['negative zero', -0, 1],
  ['one digit', 1, 2],
  ['a negative digit', -1, 3],
  ['two digits', 99, 2],
  ['a trailing zero pair', 100, 2],
  ['a negative trailing zero pair', -100, 3],
  ['101 (1|01)', 101, 3],
  ['1200 (12|00)', 1200, 2],
  ['12345 (1|23|45)', 12345, 4],
  ['a negative integer', -123, 4],
  ['a fraction across the point (1|.5)', 1.5, 3],
  ['a negative fraction', -1.5, 4],
  ['a fraction below one', 0.5, 2],
  ['0.001 (.00|1)', 0.001, 2],
  ['-0.001', -0.001, 3],
  ['0.0012', 0.0012, 2],
  ['10.01 (10|.01)', 10.01, 3],
  ['123.45', 123.45, 4],
  ['123.456', 123.456, 5],
  ['-99.99', -99.99, 4],
  ['pi to five places', 3.14159, 5],
  ['-e to nine places', -2.718281828, 8],
  ['a float with 17 significant digits', 0.30000000000000004, 10],
  ['an exponent below one', 1.25e-7, 3],
  ['the smallest magnitude', 1e-130, 2],
  ['the smallest magnitude, as text', '1E-130', 2],
  ['the smallest negative magnitude', new NumberValue('-1E-130').value, 3],
  ['the largest power of ten', new NumberValue('1E+125').value, 2],
  ['the largest number', '9.9999999999999999999999999999999999999E+125', 20],
  ['MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER, 9],
  ['MIN_SAFE_INTEGER', Number.MIN_SAFE_INTEGER, 10],
  ['a 20-digit bigint', 12345678901234567890n, 11],
  ['a negative 20-digit bigint', -12345678901234567890n, 12],
  ['a 20-digit number as text', '12345678901234567890', 11],
  ['a bigint with a trailing zero', 123456789012345678901234567890n, 16],
  ['38 digits', '12345678901234567890123456789012345678', 20],
  ['38 digits, negative', '-12345678901234567890123456789012345678', 21],
];

/** Label → bytes, so a failure names every value counted wrong. */
const sizesOf = (cases: Array<[string, number | bigint | string, number]>, size = numberSize) =>
  Object.fromEntries(cases.map(([label, value]) => [label, size(value)]));
const expectedOf = (cases: Array<[string, unknown, number]>) =>
  Object.fromEntries(cases.map(([label, , bytes]) => [label, bytes]));

describe('numberSize', () => {
  it('agrees with DynamoDB on negative, fractional, tiny and long numbers', () => {
    expect(sizesOf(VERIFIED)).toEqual(expectedOf(VERIFIED));
  });

  it('reads number text the way DynamoDB does', () => {
    const texts: Array<[string, string, number]> = [
      ['leading zeros and a trailing point', '007.', 2],
      ['a leading point', '.5', 2],
      ['an explicit plus sign', '+5', 2],
      ['zeros written long', '-00.000', 1],
      ['an exponent that moves the alignment (150: 1|50)', '15e1', 3],
      ['a negative exponent that moves the alignment (0.15: .15)', '1.5e-1', 2],
      ['Unicode digits (accepted by DynamoDB)', '\u0663\u0661', 2],
    ];
    expect(sizesOf(texts)).toEqual(expectedOf(texts));
  });

  it('never counts text DynamoDB would refuse as a small number', () => {
    expect(numberSize('NaN')).toBeGreaterThanOrEqual(4);
    expect(numberSize('1e')).toBeGreaterThanOrEqual(3);
  });
});
