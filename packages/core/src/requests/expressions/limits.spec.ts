import { InvalidExpressionError } from './invalid-expression-error';
import { MAX_EXPRESSION_BYTES, assertExpressionSize, assertInOperandCount } from './limits';

describe('limits', () => {
  it('accepts an expression of exactly 4 KB and rejects one byte more', () => {
    const max = 'a'.repeat(MAX_EXPRESSION_BYTES);
    expect(assertExpressionSize('condition', max)).toBe(max);
    expect(() => assertExpressionSize('condition', `${max}a`)).toThrow(
      /4097 bytes; DynamoDB's limit is 4096/,
    );
  });

  it('counts bytes, not characters', () => {
    expect(() => assertExpressionSize('filter', 'é'.repeat(2049))).toThrow(InvalidExpressionError);
  });

  it('allows 1 to 100 IN operands', () => {
    expect(() => assertInOperandCount(1, 'x')).not.toThrow();
    expect(() => assertInOperandCount(100, 'x')).not.toThrow();
    expect(() => assertInOperandCount(0, 'x')).toThrow('x: "in" needs at least one value');
    expect(() => assertInOperandCount(101, 'x')).toThrow(/at most 100 values, got 101/);
  });
});
