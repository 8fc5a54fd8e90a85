import { ConfigurationError } from '../../../model/errors';
import { compiled, createTestResolver, type TestOrder } from '../__fixtures__/test-resolver';
import { compileCondition } from '../compiler/expression-compiler';
import { InvalidExpressionError } from '../invalid-expression-error';
import type { Condition } from './condition-types';
import { parseCondition } from './parse-condition';

const resolver = createTestResolver();
const compile = (input: Condition<TestOrder>, using = resolver) =>
  compiled((ctx) => compileCondition(parseCondition(input, using)!, ctx));
const loose = (input: unknown) => input as Condition<TestOrder>;

describe('parseCondition', () => {
  it('returns undefined for a condition that constrains nothing', () => {
    expect(parseCondition<TestOrder>({}, resolver)).toBeUndefined();
    expect(parseCondition<TestOrder>({ status: undefined, $and: [] }, resolver)).toBeUndefined();
  });

  it('treats plain values as equality and ANDs the keys', () => {
    expect(compile({ status: 'open', total: 100, nickname: null })).toEqual({
      expression: '#n0 = :v0 AND #n1 = :v1 AND #n2 = :v2',
      names: { '#n0': 'status', '#n1': 'total', '#n2': 'nickname' },
      values: { ':v0': 'open', ':v1': 100, ':v2': null },
    });
  });

  it('resolves stored names and converts values with the resolver', () => {
    const at = new Date('2026-11-05T10:00:00.000Z');
    expect(compile({ createdAt: { gte: at }, 'address.city': 'Oslo' })).toEqual({
      expression: '#n0 >= :v0 AND #n1.#n2 = :v1',
      names: { '#n0': 'created', '#n1': 'addr', '#n2': 'city' },
      values: { ':v0': '2026-11-05T10:00:00.000Z', ':v1': 'Oslo' },
    });
    expect(compile({ createdAt: at }).values).toEqual({ ':v0': '2026-11-05T10:00:00.000Z' });
  });

  it('uses placeholders for list indexes in nested paths', () => {
    expect(compile({ 'lines[0].sku': 'A-1', 'tags[2]': { exists: true } }).expression).toBe(
      '#n0[0].#n1 = :v0 AND attribute_exists(#n2[2])',
    );
  });

  it('compiles every comparison operator', () => {
    expect(compile({ total: { eq: 1, ne: 2, lt: 3, lte: 4, gt: 5, gte: 6 } })).toEqual({
      expression:
        '#n0 = :v0 AND #n0 <> :v1 AND #n0 < :v2 AND #n0 <= :v3 AND #n0 > :v4 AND #n0 >= :v5',
      names: { '#n0': 'total' },
      values: { ':v0': 1, ':v1': 2, ':v2': 3, ':v3': 4, ':v4': 5, ':v5': 6 },
    });
  });

  it('compiles between, in, beginsWith, contains, exists and type', () => {
    expect(compile({ total: { between: [10, 20] } }).expression).toBe('#n0 BETWEEN :v0 AND :v1');
    expect(compile({ status: { in: ['open', 'paid'] } })).toEqual({
      expression: '#n0 IN (:v0, :v1)',
      names: { '#n0': 'status' },
      values: { ':v0': 'open', ':v1': 'paid' },
    });
    expect(compile({ id: { beginsWith: 'ORD' } }).expression).toBe('begins_with(#n0, :v0)');
    expect(compile({ tags: { contains: 'vip' } }).expression).toBe('contains(#n0, :v0)');
    expect(compile({ nickname: { exists: true } }).expression).toBe('attribute_exists(#n0)');
    expect(compile({ nickname: { exists: false } }).expression).toBe('attribute_not_exists(#n0)');
    expect(compile({ address: { type: 'M' } })).toEqual({
      expression: 'attribute_type(#n0, :v0)',
      names: { '#n0': 'addr' },
      values: { ':v0': 'M' },
    });
  });

  it('converts between bounds and in members, but never a beginsWith prefix', () => {
    const [from, to] = [new Date('2026-01-01T00:00:00.000Z'), new Date('2026-02-01T00:00:00.000Z')];
    expect(compile({ createdAt: { between: [from, to], in: [from] } }).values).toEqual({
      ':v0': '2026-01-01T00:00:00.000Z',
      ':v1': '2026-02-01T00:00:00.000Z',
      ':v2': '2026-01-01T00:00:00.000Z',
    });
    const spy = { ...resolver, toStored: jest.fn(resolver.toStored) };
    compile({ createdAt: { beginsWith: '2026-11' } }, spy);
    expect(spy.toStored).not.toHaveBeenCalled();
  });

  it('compares size() with a number or with operators', () => {
    expect(compile({ tags: { size: 3 } })).toEqual({
      expression: 'size(#n0) = :v0',
      names: { '#n0': 'tags' },
      values: { ':v0': 3 },
    });
    expect(
      compile({ lines: { size: { gt: 1, lte: 10 } }, tags: { size: { between: [1, 2] } } })
        .expression,
    ).toBe('size(#n0) > :v0 AND size(#n0) <= :v1 AND size(#n1) BETWEEN :v2 AND :v3');
    expect(compile({ tags: { size: { in: [1, 3] } } }).expression).toBe('size(#n0) IN (:v0, :v1)');
  });

  it('treats dates, arrays, sets and class instances as values, not operator objects', () => {
    class Money {
      constructor(readonly amount: number) {}
    }
    const money = new Money(5);
    expect(
      compile(loose({ tags: ['a', 'b'], roles: new Set(['x']), total: money })).values,
    ).toEqual({
      ':v0': ['a', 'b'],
      ':v1': new Set(['x']),
      ':v2': money,
    });
  });

  it('compares a whole map when the resolver says the property is a map', () => {
    expect(compile({ address: { city: 'Oslo' } })).toEqual({
      expression: '#n0 = :v0',
      names: { '#n0': 'addr' },
      values: { ':v0': { city: 'Oslo' } },
    });
    expect(
      compile({ address: { eq: { city: 'Oslo' } } }, createTestResolver({ mapAware: false }))
        .values,
    ).toEqual({
      ':v0': { city: 'Oslo' },
    });
  });

  it('rejects a plain object without operators when the property is not known to be a map', () => {
    const run = () =>
      compile({ address: { city: 'Oslo' } }, createTestResolver({ mapAware: false }));
    expect(run).toThrow(InvalidExpressionError);
    expect(run).toThrow('To compare a whole map value write { eq: { ... } }');
  });

  describe('logical operators', () => {
    it('parenthesises $or inside the implicit AND: (a OR b) AND NOT (c)', () => {
      expect(
        compile({
          $or: [{ status: 'open' }, { total: { gt: 100 } }],
          $not: { tags: { contains: 'test' } },
        }),
      ).toEqual({
        expression: '(#n0 = :v0 OR #n1 > :v1) AND NOT (contains(#n2, :v2))',
        names: { '#n0': 'status', '#n1': 'total', '#n2': 'tags' },
        values: { ':v0': 'open', ':v1': 100, ':v2': 'test' },
      });
    });

    it('compiles $not of several keys as NOT of an AND', () => {
      expect(compile({ $not: { status: 'open', total: { lt: 5 } } }).expression).toBe(
        'NOT (#n0 = :v0 AND #n1 < :v1)',
      );
    });

    it('parenthesises AND groups inside $or and nests $and/$or/$not', () => {
      const condition: Condition<TestOrder> = {
        $or: [
          { status: 'open', total: { gt: 1 } },
          {
            $and: [{ nickname: { exists: false } }, { $not: { $or: [{ id: 'a' }, { id: 'b' }] } }],
          },
        ],
      };
      expect(compile(condition).expression).toBe(
        '(#n0 = :v0 AND #n1 > :v1) OR (attribute_not_exists(#n2) AND NOT (#n3 = :v2 OR #n3 = :v3))',
      );
    });

    it('a single $or branch needs no parentheses', () => {
      expect(compile({ $or: [{ status: 'open' }], total: 1 }).expression).toBe(
        '#n0 = :v0 AND #n1 = :v1',
      );
    });

    it('an empty $or branch matches everything, so the $or constrains nothing', () => {
      expect(compile({ status: 'open', $or: [{}, { total: 1 }] }).expression).toBe('#n0 = :v0');
    });

    it.each([
      [{ $or: [] }, /empty \$or matches nothing/],
      [{ $not: {} }, /\$not needs a non-empty condition/],
      [{ $or: { status: 'open' } }, /\$or takes an array of conditions, got an object/],
      [{ $and: 'x' }, /\$and takes an array/],
      [
        { $nor: [] },
        /Unknown logical operator "\$nor". Valid logical operators: \$and, \$or, \$not/,
      ],
      [{ $or: ['open'] }, /A condition is an object/],
    ])('rejects %j', (input, message) => {
      expect(() => parseCondition(loose(input), resolver)).toThrow(InvalidExpressionError);
      expect(() => parseCondition(loose(input), resolver)).toThrow(message);
    });
  });

  describe('malformed input', () => {
    const reject = (input: unknown) => () => parseCondition(loose(input), resolver);

    it('names the property, the unknown operator and the valid ones', () => {
      expect(reject({ total: { gtt: 3 } })).toThrow(
        'Invalid condition on "total": unknown operator "gtt". Valid operators: eq, ne, lt, lte, gt, gte, ' +
          'between, in, beginsWith, contains, exists, size, type',
      );
      expect(reject({ total: { gt: 3, foo: 1, bar: 2 } })).toThrow(
        'unknown operators "foo", "bar"',
      );
      expect(reject({ address: { gt: 3, city: 'Oslo' } })).toThrow('unknown operator "city"');
      try {
        reject({ total: { gtt: 3 } })();
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidExpressionError);
        expect((error as InvalidExpressionError).code).toBe('INVALID_EXPRESSION');
        expect((error as InvalidExpressionError).property).toBe('total');
      }
    });

    it.each([
      [{ total: {} }, /"total": an empty object has no operator/],
      [{ total: { between: [1] } }, /"between" takes \[low, high\], got 1 value\(s\)/],
      [{ total: { between: [1, 2, 3] } }, /got 3 value\(s\)/],
      [{ total: { between: 5 } }, /"between" takes \[low, high\], got 5/],
      [{ status: { in: [] } }, /"status": "in" needs at least one value/],
      [{ status: { in: 'open' } }, /"in" takes an array, got "open"/],
      [{ id: { beginsWith: 5 } }, /"beginsWith" takes a string, got 5/],
      [{ nickname: { exists: 'no' } }, /"exists" takes true or false/],
      [{ address: { type: 'map' } }, /"address": "map" is not a DynamoDB type/],
      [{ tags: { size: 'big' } }, /"size" takes a number or an object like \{ gt: 3 \}/],
      [{ tags: { size: { gt: '3' } } }, /"size" is compared with numbers, got "3"/],
      [
        { tags: { size: { contains: 3 } } },
        /unknown operator "size.contains". Valid operators: eq, ne, lt, lte, gt, gte, between, in$/,
      ],
      [{ total: { gt: undefined } }, /"gt" has no value \(undefined\); leave the operator out/],
      [{ tags: { size: { gt: undefined } } }, /"size.gt" has no value/],
    ])('rejects %j', (input, message) => {
      expect(reject(input)).toThrow(InvalidExpressionError);
      expect(reject(input)).toThrow(message);
    });

    it('limits in to 100 values', () => {
      const values = Array.from({ length: 101 }, (_, i) => i);
      expect(reject({ total: { in: values } })).toThrow(
        '"total": "in" takes at most 100 values, got 101',
      );
      expect(reject({ total: { in: values.slice(1) } })).not.toThrow();
    });

    it('lets the resolver report unknown properties', () => {
      expect(reject({ totl: 3 })).toThrow(ConfigurationError);
      expect(reject({ totl: 3 })).toThrow('Order has no property "totl"');
    });

    it('rejects a condition that is not an object', () => {
      expect(reject(null)).toThrow(/A condition is an object .*got null/);
      expect(reject([{ status: 'open' }])).toThrow(/got an array/);
    });
  });
});
