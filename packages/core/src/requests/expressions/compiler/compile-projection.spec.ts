import { compiled } from '../__fixtures__/test-resolver';
import { InvalidExpressionError } from '../invalid-expression-error';
import { compileProjection } from './compile-projection';

describe('compileProjection', () => {
  it('lists attributes and nested paths behind placeholders', () => {
    expect(
      compiled((ctx) => compileProjection([['id'], ['addr', 'city'], ['lines', 0]], ctx)),
    ).toEqual({
      expression: '#n0, #n1.#n2, #n3[0]',
      names: { '#n0': 'id', '#n1': 'addr', '#n2': 'city', '#n3': 'lines' },
      values: undefined,
    });
  });

  it('drops duplicates and paths already covered by a parent, which DynamoDB would reject', () => {
    const paths = [['addr', 'city'], ['id'], ['addr'], ['id'], ['lines', 0, 'sku'], ['lines', 0]];
    expect(compiled((ctx) => compileProjection(paths, ctx))).toEqual({
      expression: '#n0, #n1, #n2[0]',
      names: { '#n0': 'id', '#n1': 'addr', '#n2': 'lines' },
      values: undefined,
    });
  });

  it('rejects an empty projection', () => {
    expect(() => compiled((ctx) => compileProjection([], ctx))).toThrow(InvalidExpressionError);
  });
});
