import { InvalidExpressionError } from './invalid-expression-error';
import { parsePropertyPath } from './property-path';

describe('parsePropertyPath', () => {
  it.each([
    ['total', ['total']],
    ['address.city', ['address', 'city']],
    ['tags[0]', ['tags', 0]],
    ['lines[12].sku', ['lines', 12, 'sku']],
    ['matrix[1][2]', ['matrix', 1, 2]],
  ])('%s → %j', (input, expected) => {
    expect(parsePropertyPath(input)).toEqual(expected);
  });

  it.each(['', 'a..b', '.a', 'a.', '[0]', 'a[x]', 'a[-1]', 'a]'])('rejects %j', (input) => {
    expect(() => parsePropertyPath(input)).toThrow(InvalidExpressionError);
  });
});
