import { compiled } from '../__fixtures__/test-resolver';
import { cond } from '../condition/condition-builders';
import { ExpressionContext } from '../expression-context';
import { InvalidExpressionError } from '../invalid-expression-error';
import {
  createBetweenNode,
  createComparisonNode,
  createInNode,
  createPathOperand,
  createSizeOperand,
  createValueOperand,
  type UpdateAction,
} from '../nodes';
import { update } from '../update/update-builders';
import { compileCondition, compileUpdate } from './expression-compiler';

const compileActions = (actions: UpdateAction[]) => compiled((ctx) => compileUpdate(actions, ctx));

describe('compileCondition', () => {
  it('compiles size() on either side of a comparison, BETWEEN and IN', () => {
    const size = createSizeOperand(['tags']);
    const three = createValueOperand(3);
    expect(
      compiled((ctx) => compileCondition(createComparisonNode(size, '>', three), ctx)),
    ).toEqual({
      expression: 'size(#n0) > :v0',
      names: { '#n0': 'tags' },
      values: { ':v0': 3 },
    });
    const between = createBetweenNode(size, createValueOperand(1), createPathOperand(['max']));
    expect(compiled((ctx) => compileCondition(between, ctx)).expression).toBe(
      'size(#n0) BETWEEN :v0 AND #n1',
    );
    const inNode = createInNode(size, [createValueOperand(1), createValueOperand(2)]);
    expect(compiled((ctx) => compileCondition(inNode, ctx)).expression).toBe(
      'size(#n0) IN (:v0, :v1)',
    );
  });

  it('compares two attributes', () => {
    const node = createComparisonNode(
      createPathOperand(['paid']),
      '<',
      createPathOperand(['total']),
    );
    expect(compiled((ctx) => compileCondition(node, ctx))).toEqual({
      expression: '#n0 < #n1',
      names: { '#n0': 'paid', '#n1': 'total' },
      values: undefined,
    });
  });

  it('shares placeholders with the other expressions of the request', () => {
    const ctx = new ExpressionContext();
    compileUpdate([update.set(['status'], 'paid')], ctx);
    expect(compileCondition(cond.eq(['status'], 'open'), ctx)).toBe('#n0 = :v1');
    expect(ctx.values()).toEqual({ ':v0': 'paid', ':v1': 'open' });
  });

  it('refuses an expression over 4 KB', () => {
    const huge = cond.and(...Array.from({ length: 400 }, (_, i) => cond.eq([`attribute${i}`], i)))!;
    expect(() => compileCondition(huge, new ExpressionContext())).toThrow(InvalidExpressionError);
    expect(() => compileCondition(huge, new ExpressionContext())).toThrow(
      /condition expression is \d+ bytes/,
    );
  });
});

describe('compileUpdate', () => {
  it('SET replaces a value, nested paths in place', () => {
    expect(
      compileActions([update.set(['name'], 'Ada'), update.set(['addr', 'city'], 'Oslo')]),
    ).toEqual({
      expression: 'SET #n0 = :v0, #n1.#n2 = :v1',
      names: { '#n0': 'name', '#n1': 'addr', '#n2': 'city' },
      values: { ':v0': 'Ada', ':v1': 'Oslo' },
    });
  });

  it('increments and decrements from 0 when the attribute is absent', () => {
    expect(compileActions([update.increment(['points'], 10)])).toEqual({
      expression: 'SET #n0 = if_not_exists(#n0, :v0) + :v1',
      names: { '#n0': 'points' },
      values: { ':v0': 0, ':v1': 10 },
    });
    expect(compileActions([update.decrement(['stock'], 2)]).expression).toBe(
      'SET #n0 = if_not_exists(#n0, :v0) - :v1',
    );
  });

  it('appends and prepends to a list that may not exist yet', () => {
    expect(compileActions([update.append(['tags'], ['x'])])).toEqual({
      expression: 'SET #n0 = list_append(if_not_exists(#n0, :v0), :v1)',
      names: { '#n0': 'tags' },
      values: { ':v0': [], ':v1': ['x'] },
    });
    expect(compileActions([update.prepend(['tags'], ['y'])])).toEqual({
      expression: 'SET #n0 = list_append(:v0, if_not_exists(#n0, :v1))',
      names: { '#n0': 'tags' },
      values: { ':v0': ['y'], ':v1': [] },
    });
  });

  it('sets only when absent with if_not_exists', () => {
    expect(compileActions([update.ifNotExists(['firstSeen'], '2026-01-01')])).toEqual({
      expression: 'SET #n0 = if_not_exists(#n0, :v0)',
      names: { '#n0': 'firstSeen' },
      values: { ':v0': '2026-01-01' },
    });
  });

  it('puts every clause in the order SET, REMOVE, ADD, DELETE and leaves out empty ones', () => {
    const result = compileActions([
      update.delete(['roles'], ['guest']),
      update.add(['badges'], ['gold']),
      update.remove(['nickname']),
      update.set(['name'], 'Ada'),
      update.remove(['tags', 0]),
      update.add(['visits'], 1),
    ]);
    expect(result).toEqual({
      expression: 'SET #n3 = :v2 REMOVE #n2, #n4[0] ADD #n1 :v1, #n5 :v3 DELETE #n0 :v0',
      names: {
        '#n0': 'roles',
        '#n1': 'badges',
        '#n2': 'nickname',
        '#n3': 'name',
        '#n4': 'tags',
        '#n5': 'visits',
      },
      values: { ':v0': new Set(['guest']), ':v1': new Set(['gold']), ':v2': 'Ada', ':v3': 1 },
    });
    expect(compileActions([update.remove(['a'])]).expression).toBe('REMOVE #n0');
    expect(compileActions([update.remove(['a'])]).values).toBeUndefined();
  });

  it('rejects an empty update', () => {
    expect(() => compileActions([])).toThrow('An update needs at least one change');
  });

  it.each([
    [[update.set(['a'], 1), update.remove(['a'])], 'a twice'],
    [[update.set(['addr'], {}), update.set(['addr', 'city'], 'Oslo')], 'addr and addr.city'],
    [[update.append(['tags', 0, 'x'], []), update.remove(['tags', 0])], 'tags[0].x and tags[0]'],
  ])('rejects overlapping paths (%#)', (actions, which) => {
    expect(() => compileActions(actions)).toThrow(InvalidExpressionError);
    expect(() => compileActions(actions)).toThrow(`An update cannot change ${which}`);
  });

  it('accepts sibling paths', () => {
    const actions = [
      update.set(['addr', 'city'], 'Oslo'),
      update.set(['addr', 'zip'], '0150'),
      update.remove(['l', 1]),
    ];
    expect(compileActions([...actions, update.set(['l', 0], 'x')]).expression).toBe(
      'SET #n0.#n1 = :v0, #n0.#n2 = :v1, #n3[0] = :v2 REMOVE #n3[1]',
    );
  });

  it('refuses an update expression over 4 KB', () => {
    const actions = Array.from({ length: 300 }, (_, i) => update.set([`attribute${i}`], i));
    expect(() => compileActions(actions)).toThrow(/update expression is \d+ bytes/);
  });

  it('validates builder input', () => {
    expect(() => update.increment(['a'], Number.NaN)).toThrow(/finite number/);
    expect(() => update.add(['a'], [])).toThrow(/sets cannot be empty/);
    expect(() => update.delete(['a'], ['x', 1])).toThrow(/only strings, only numbers/);
  });
});
