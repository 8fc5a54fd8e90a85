import { compiled } from '../__fixtures__/test-resolver';
import { compileCondition } from '../compiler/expression-compiler';
import { InvalidExpressionError } from '../invalid-expression-error';
import type { ConditionNode } from '../nodes';
import { cond } from './condition-builders';

const compile = (node: ConditionNode | undefined) =>
  compiled((ctx) => compileCondition(node!, ctx));

describe('cond', () => {
  it.each([
    ['eq', '='],
    ['ne', '<>'],
    ['lt', '<'],
    ['lte', '<='],
    ['gt', '>'],
    ['gte', '>='],
  ] as const)('%s compiles to %s', (builder, operator) => {
    expect(compile(cond[builder](['total'], 5))).toEqual({
      expression: `#n0 ${operator} :v0`,
      names: { '#n0': 'total' },
      values: { ':v0': 5 },
    });
  });

  it('compiles between, in and the functions', () => {
    expect(compile(cond.between(['total'], 1, 9)).expression).toBe('#n0 BETWEEN :v0 AND :v1');
    expect(compile(cond.in(['status'], ['a', 'b', 'c']))).toEqual({
      expression: '#n0 IN (:v0, :v1, :v2)',
      names: { '#n0': 'status' },
      values: { ':v0': 'a', ':v1': 'b', ':v2': 'c' },
    });
    expect(compile(cond.exists(['PK'])).expression).toBe('attribute_exists(#n0)');
    expect(compile(cond.notExists(['PK'])).expression).toBe('attribute_not_exists(#n0)');
    expect(compile(cond.beginsWith(['SK'], 'ORDER#')).expression).toBe('begins_with(#n0, :v0)');
    expect(compile(cond.contains(['tags'], 'x')).expression).toBe('contains(#n0, :v0)');
    expect(compile(cond.type(['meta'], 'M'))).toEqual({
      expression: 'attribute_type(#n0, :v0)',
      names: { '#n0': 'meta' },
      values: { ':v0': 'M' },
    });
  });

  it('and/or drop undefined entries and return undefined when nothing is left', () => {
    expect(cond.and()).toBeUndefined();
    expect(cond.and(undefined, undefined)).toBeUndefined();
    expect(cond.or(undefined)).toBeUndefined();
    const only = cond.eq(['a'], 1);
    expect(cond.and(undefined, only)).toBe(only);
    expect(cond.or(only, undefined)).toBe(only);
  });

  it('and/or flatten children of the same kind', () => {
    const [a, b, c] = [cond.eq(['a'], 1), cond.eq(['b'], 2), cond.eq(['c'], 3)];
    const nested = cond.and(cond.and(a, b), c)!;
    expect(nested.kind === 'and' && nested.conditions).toEqual([a, b, c]);
    expect(compile(cond.or(a, cond.or(b, c))).expression).toBe(
      '#n0 = :v0 OR #n1 = :v1 OR #n2 = :v2',
    );
  });

  it('parenthesises mixed groups: (a OR b) AND NOT (c)', () => {
    const node = cond.and(
      cond.or(cond.eq(['a'], 1), cond.eq(['b'], 2)),
      cond.not(cond.eq(['c'], 3)),
    );
    expect(compile(node).expression).toBe('(#n0 = :v0 OR #n1 = :v1) AND NOT (#n2 = :v2)');
  });

  it('parenthesises an AND inside an OR and under NOT', () => {
    const node = cond.or(
      cond.and(cond.eq(['a'], 1), cond.eq(['b'], 2)),
      cond.not(cond.and(cond.eq(['c'], 3), cond.exists(['d']))!),
    );
    expect(compile(node).expression).toBe(
      '(#n0 = :v0 AND #n1 = :v1) OR NOT (#n2 = :v2 AND attribute_exists(#n3))',
    );
    expect(compile(cond.not(cond.not(cond.eq(['a'], 1)))).expression).toBe('NOT (NOT (#n0 = :v0))');
  });

  it('rejects unknown DynamoDB types and bad in lists', () => {
    expect(() => cond.type(['a'], 'STRING')).toThrow(InvalidExpressionError);
    expect(() => cond.type(['a'], 'STRING')).toThrow(
      /Valid types: S, SS, N, NS, B, BS, BOOL, NULL, L, M/,
    );
    expect(() => cond.in(['a'], [])).toThrow(/at least one value/);
    expect(() =>
      cond.in(
        ['a'],
        Array.from({ length: 101 }, (_, i) => i),
      ),
    ).toThrow(/at most 100/);
  });
});
