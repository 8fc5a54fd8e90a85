import { createTestResolver, type TestOrder } from '../__fixtures__/test-resolver';
import type { Condition, Operators } from './condition-types';
import { parseCondition } from './parse-condition';

/*
 * Compile-only assertions: `tsc` (npm run typecheck) fails if a line marked @ts-expect-error
 * compiles, or if an unmarked one does not. Jest only checks that the valid ones parse.
 */

const valid: Condition<TestOrder>[] = [
  { status: 'open', total: { gt: 100 }, tags: { contains: 'x' }, nickname: { exists: false } },
  { status: { in: ['open', 'paid'] }, total: { between: [1, 2] }, createdAt: new Date() },
  { createdAt: { gte: new Date(), beginsWith: '2026-11' }, id: { beginsWith: 'ORD' } },
  { roles: { contains: 'admin' }, lines: { size: { gt: 3 } }, tags: { size: 2, type: 'L' } },
  {
    nickname: null,
    address: { exists: true },
    'address.city': 'Oslo',
    'lines[0].sku': { eq: 'A' },
  },
  { $or: [{ status: 'open' }, { $not: { total: { lt: 5 } } }], $and: [{ id: 'a' }] },
];

const invalid: Condition<TestOrder>[] = [
  // @ts-expect-error a typo in a property name
  { totl: 3 },
  // @ts-expect-error a typo in an operator
  { total: { gtt: 3 } },
  // @ts-expect-error the value type follows the property type
  { total: 'many' },
  // @ts-expect-error literal unions are kept
  { status: 'closed' },
  // @ts-expect-error comparison operands follow the property type
  { total: { gt: '3' } },
  // @ts-expect-error between takes exactly two bounds
  { total: { between: [1, 2, 3] } },
  // @ts-expect-error beginsWith is for strings and dates
  { total: { beginsWith: '1' } },
  // @ts-expect-error contains takes an element of the list
  { tags: { contains: 3 } },
  // @ts-expect-error exists takes a boolean
  { nickname: { exists: 'no' } },
  // @ts-expect-error unknown DynamoDB type
  { tags: { type: 'LIST' } },
  // @ts-expect-error methods are not attributes
  { describe: 'x' },
  // @ts-expect-error $or takes a list
  { $or: { status: 'open' } },
  // @ts-expect-error nested conditions are typed too
  { $not: { totl: 1 } },
];

// Operators<V> is usable on its own, e.g. for a helper that builds a range.
const range: Operators<number> = { gte: 1, lt: 10 };

describe('Condition<T>', () => {
  it('accepts every valid example at runtime as well', () => {
    const resolver = createTestResolver();
    for (const condition of valid) expect(parseCondition(condition, resolver)).toBeDefined();
    expect(parseCondition<TestOrder>({ total: range }, resolver)).toBeDefined();
    expect(invalid).toHaveLength(13);
  });
});
