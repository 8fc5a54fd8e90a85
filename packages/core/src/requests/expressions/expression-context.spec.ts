import { ExpressionContext, compilePath } from './expression-context';
import { InvalidExpressionError } from './invalid-expression-error';

describe('ExpressionContext', () => {
  it('reuses the placeholder of a name and numbers new ones in order', () => {
    const ctx = new ExpressionContext();
    expect(ctx.name('status')).toBe('#n0');
    expect(ctx.name('total')).toBe('#n1');
    expect(ctx.name('status')).toBe('#n0');
    expect(ctx.names()).toEqual({ '#n0': 'status', '#n1': 'total' });
  });

  it('gives every value its own placeholder and keeps native values', () => {
    const ctx = new ExpressionContext();
    const set = new Set(['a']);
    expect(ctx.value('open')).toBe(':v0');
    expect(ctx.value('open')).toBe(':v1');
    expect(ctx.value(set)).toBe(':v2');
    expect(ctx.values()).toEqual({ ':v0': 'open', ':v1': 'open', ':v2': set });
    expect(ctx.values()![':v2']).toBe(set);
  });

  it('returns undefined for empty maps, which DynamoDB would reject', () => {
    const ctx = new ExpressionContext();
    expect(ctx.names()).toBeUndefined();
    expect(ctx.values()).toBeUndefined();
  });

  it('hands out copies that cannot change its state', () => {
    const ctx = new ExpressionContext();
    ctx.name('a');
    ctx.value(1);
    ctx.names()!['#n0'] = 'hacked';
    ctx.values()![':v0'] = 2;
    expect(ctx.names()).toEqual({ '#n0': 'a' });
    expect(ctx.values()).toEqual({ ':v0': 1 });
  });

  it('puts reserved words and odd characters behind placeholders too', () => {
    const ctx = new ExpressionContext();
    expect(compilePath(['size', 'a.b', 'name with space'], ctx)).toBe('#n0.#n1.#n2');
    expect(ctx.names()).toEqual({ '#n0': 'size', '#n1': 'a.b', '#n2': 'name with space' });
  });
});

describe('compilePath', () => {
  it('compiles attributes, nested map keys and list indexes', () => {
    const ctx = new ExpressionContext();
    expect(compilePath(['total'], ctx)).toBe('#n0');
    expect(compilePath(['addr', 'lines', 2], ctx)).toBe('#n1.#n2[2]');
    expect(compilePath(['matrix', 0, 1, 'addr'], ctx)).toBe('#n3[0][1].#n1');
  });

  it.each([
    [[], /cannot be empty/],
    [[0, 'a'], /must start with an attribute name/],
    [['a', ''], /Empty attribute name/],
    [['a', -1], /non-negative integer/],
    [['a', 1.5], /non-negative integer/],
  ])('rejects the malformed path %j', (path, message) => {
    expect(() => compilePath(path, new ExpressionContext())).toThrow(InvalidExpressionError);
    expect(() => compilePath(path, new ExpressionContext())).toThrow(message);
  });
});
