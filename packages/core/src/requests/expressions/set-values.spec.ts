import { InvalidExpressionError } from './invalid-expression-error';
import { toStorableSet } from './set-values';

describe('toStorableSet', () => {
  it('copies strings, numbers or binary values into a Set, removing duplicates', () => {
    expect(toStorableSet(['a', 'b', 'a'], 's')).toEqual(new Set(['a', 'b']));
    expect(toStorableSet(new Set([1, 2]), 's')).toEqual(new Set([1, 2]));
    const bytes = new Uint8Array([1]);
    expect(toStorableSet([bytes], 's')).toEqual(new Set([bytes]));
  });

  it('rejects empty, mixed or non-scalar sets', () => {
    expect(() => toStorableSet([], 'addToSet()')).toThrow(
      'addToSet(): DynamoDB sets cannot be empty',
    );
    expect(() => toStorableSet(['a', 1], 's')).toThrow(InvalidExpressionError);
    expect(() => toStorableSet([{ a: 1 }], 's')).toThrow(
      /only strings, only numbers or only binary/,
    );
  });
});
