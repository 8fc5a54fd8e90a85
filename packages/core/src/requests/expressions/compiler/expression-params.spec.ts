import { cond } from '../condition/condition-builders';
import { ExpressionContext } from '../expression-context';
import { compileCondition } from './expression-compiler';
import { compileProjection } from './compile-projection';
import { expressionParams } from './expression-params';

describe('expressionParams', () => {
  it('is empty for an untouched context', () => {
    expect(expressionParams(new ExpressionContext())).toEqual({});
  });

  it('leaves out ExpressionAttributeValues when only names were used', () => {
    const ctx = new ExpressionContext();
    compileProjection([['id']], ctx);
    expect(expressionParams(ctx)).toEqual({ ExpressionAttributeNames: { '#n0': 'id' } });
  });

  it('carries both maps', () => {
    const ctx = new ExpressionContext();
    compileCondition(cond.eq(['status'], 'open'), ctx);
    expect(expressionParams(ctx)).toEqual({
      ExpressionAttributeNames: { '#n0': 'status' },
      ExpressionAttributeValues: { ':v0': 'open' },
    });
  });
});
