import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { numberSize } from './number-size';

describe('numberSize', () => {
  it.each([
    [0, 1],
    [1, 2],
    [12, 2],
    [123, 3],
    [-123, 3],
    [12345, 4],
    [1200, 2],
    [0.0012, 2],
    [1.5, 2],
    [123.456, 4],
    [1e21, 2],
    [1.25e-7, 3],
    [Number.MAX_SAFE_INTEGER, 9],
  ])('%p takes %p bytes', (value, bytes) => {
    expect(numberSize(value)).toBe(bytes);
  });

  it('counts the digits of numbers JS cannot hold exactly', () => {
    const digits38 = '12345678901234567890123456789012345678';
    expect(numberSize(NumberValue.from(digits38).value)).toBe(20);
    expect(numberSize(123456789012345678901234567890n)).toBe(16);
  });
});
