import { compiled } from '../__fixtures__/test-resolver';
import { InvalidExpressionError } from '../invalid-expression-error';
import { compileKeyCondition, type SortKeyCondition } from './compile-key-condition';

const partition = { attribute: 'PK', value: 'CUSTOMER#1' };

describe('compileKeyCondition', () => {
  it('compiles the partition key alone', () => {
    expect(compiled((ctx) => compileKeyCondition(partition, undefined, ctx))).toEqual({
      expression: '#n0 = :v0',
      names: { '#n0': 'PK' },
      values: { ':v0': 'CUSTOMER#1' },
    });
  });

  it.each([
    [{ op: 'eq', value: 'ORDER#1' }, '#n1 = :v1'],
    [{ op: 'lt', value: 'ORDER#2' }, '#n1 < :v1'],
    [{ op: 'lte', value: 'ORDER#2' }, '#n1 <= :v1'],
    [{ op: 'gt', value: 3 }, '#n1 > :v1'],
    [{ op: 'gte', value: 3 }, '#n1 >= :v1'],
    [{ op: 'beginsWith', value: 'ORDER#2026-11' }, 'begins_with(#n1, :v1)'],
  ] as [SortKeyCondition, string][])('adds the sort key condition %j', (sort, expected) => {
    expect(
      compiled((ctx) => compileKeyCondition(partition, { attribute: 'SK', ...sort }, ctx)),
    ).toEqual({
      expression: `#n0 = :v0 AND ${expected}`,
      names: { '#n0': 'PK', '#n1': 'SK' },
      values: { ':v0': 'CUSTOMER#1', ':v1': sort.value },
    });
  });

  it('compiles between with both bounds', () => {
    const sort = { attribute: 'GSI1SK', op: 'between', value: 'A', value2: 'M' } as const;
    expect(
      compiled((ctx) => compileKeyCondition({ attribute: 'GSI1PK', value: 'X' }, sort, ctx)),
    ).toEqual({
      expression: '#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2',
      names: { '#n0': 'GSI1PK', '#n1': 'GSI1SK' },
      values: { ':v0': 'X', ':v1': 'A', ':v2': 'M' },
    });
  });

  it('rejects malformed sort key conditions', () => {
    const run = (sort: unknown) => () =>
      compiled((ctx) =>
        compileKeyCondition(partition, sort as { attribute: string } & SortKeyCondition, ctx),
      );
    expect(run({ attribute: 'SK', op: 'between', value: 'A' })).toThrow(/needs value and value2/);
    expect(run({ attribute: 'SK', op: 'beginsWith', value: 3 })).toThrow(/needs a string/);
    expect(run({ attribute: 'SK', op: 'contains', value: 'x' })).toThrow(InvalidExpressionError);
    expect(run({ attribute: 'SK', op: 'contains', value: 'x' })).toThrow(
      /Unknown sort key operator "contains"/,
    );
  });
});
