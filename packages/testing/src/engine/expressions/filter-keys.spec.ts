import { assertFilterAvoidsKeys, conditionPaths } from './filter-keys';
import { parseCondition } from './parse-condition';
import { usageFor, validationMessage } from './__fixtures__/expression-test-kit';

const filter = (expression: string) => parseCondition(expression, usageFor([expression]), 'FilterExpression');
const schema = ['pk', 'sk'];

describe('assertFilterAvoidsKeys', () => {
  it('allows filters on other attributes', () => {
    expect(() => assertFilterAvoidsKeys(filter('s = :s AND size(l) > :n'), schema)).not.toThrow();
  });

  it('names the key attribute, partition key first (as DynamoDB Local does)', () => {
    expect(validationMessage(() => assertFilterAvoidsKeys(filter('x = :s AND sk = :s OR pk = :s'), schema))).toBe(
      'Filter Expression can only contain non-primary key attributes: Primary key attribute: pk',
    );
    expect(validationMessage(() => assertFilterAvoidsKeys(filter('size(sk) = :n'), schema))).toBe(
      'Filter Expression can only contain non-primary key attributes: Primary key attribute: sk',
    );
    expect(validationMessage(() => assertFilterAvoidsKeys(filter('sk.x = :s'), schema))).toBe(
      "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: sk",
    );
  });

  it('lists the paths of a condition', () => {
    expect(conditionPaths(filter('a = :s OR NOT contains(b.c, :s) AND d IN (e, :s)')).map((p) => p.length)).toEqual([1, 2, 1, 1]);
  });
});
