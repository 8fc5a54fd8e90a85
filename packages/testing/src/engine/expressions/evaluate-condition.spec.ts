import { evaluateCondition } from './evaluate-condition';
import { parseCondition } from './parse-condition';
import { SAMPLE_ITEM, usageFor } from './__fixtures__/expression-test-kit';

// Expected results were observed in DynamoDB Local on the same item and values.
const holds = (expression: string, values = {}, item = SAMPLE_ITEM) =>
  evaluateCondition(parseCondition(expression, usageFor([expression], { values })), item);

describe('evaluateCondition', () => {
  it.each([
    ['attribute_exists(s)', true],
    ['attribute_exists(nope)', false],
    ['attribute_not_exists(m.nope)', true],
    ['attribute_exists(l[0])', true],
    ['attribute_exists(l[5])', false],
    ['attribute_exists(s[0])', false],
    ['attribute_exists(m.a.b)', false],
    ['s = :s', true],
    ['s <> :s', false],
    ['nope <> :s', true],
    ['s <> :n', true],
    ['NOT nope = :s', true],
    ['nope IN (:s)', false],
    ['m.a = :s', false],
    ['m.n = :n', false],
    ['l[0] = :s', false],
    ['m = :m', false],
    [':s = :s', true],
    ['m <> :m', true],
    ['s < :b', false],
    ['m < :s', false],
    ['n BETWEEN :n2 AND :n', true],
    ['n IN (:n, :s)', true],
    ['n IN (:n, :m, :l, :ss, :t, :z)', true],
    ['size(s) = :n', true],
    ['size(s) > :n2', true],
    ['size(n) = :n', false],
    ['size(ss) = :n2', true],
    ['size(l) = :n2', false],
    ['size(nope) <> :n', true],
    ['size(:s) = :n', true],
    ['size(s) = size(e)', false],
    ['size(s) > n', false],
    ['size(s) IN (:n)', true],
    ['begins_with(s, :s2)', true],
    ['begins_with(:s, :s2)', true],
    ['begins_with(n, :s)', false],
    ['begins_with(b, :b)', true],
    ['begins_with(s, :b)', false],
    ['contains(s, :s2)', true],
    ['contains(ss, :s2)', false],
    ['contains(b, :b)', true],
    ['contains(bs, :b)', true],
    ['contains(s, n)', false],
    ['contains(size(s), :n)', false],
    ['contains(m, :s)', false],
    ['NOT s = :s', false],
    ['NOT NOT s = :s', true],
    ['s = :s OR n = :n2 AND n = :n2', true],
    ['(s = :s OR n = :n2) AND n = :n2', false],
    ['NOT s = :s AND n = :n2', false],
    ['NOT (s = :s AND n = :n2)', true],
    ['n = :n OR n = :n2 AND n = :n', true],
  ])('%j is %p', (expression, expected) => {
    expect(holds(expression)).toBe(expected);
  });

  it.each([
    ['contains(l, :x)', { S: 'a' }, true],
    ['contains(l, :x)', { N: '1.0' }, true],
    ['contains(l, :x)', { M: { x: { S: 'y' } } }, true],
    ['contains(ns, :x)', { N: '1.00' }, true],
    ['contains(ss, :x)', { S: 'a' }, true],
    ['contains(s, :x)', { S: '' }, true],
    ['contains(s, :x)', { SS: ['h'] }, false],
    ['contains(:x, :s)', { M: {} }, false],
    ['begins_with(s, :x)', { S: '' }, true],
    ['attribute_type(s, :x)', { S: 'S' }, true],
    ['attribute_type(z, :x)', { S: 'NULL' }, true],
    ['attribute_type(nope, :x)', { S: 'NULL' }, false],
    ['attribute_type(m.n, :x)', { S: 'N' }, true],
    ['attribute_type(size(s), :x)', { S: 'N' }, true],
    ['ss = :x', { SS: ['b', 'a'] }, true],
    ['ns = :x', { NS: ['2.0', '1'] }, true],
    ['n = :x', { N: '5.000' }, true],
    ['l = :x', { L: [{ S: 'a' }, { N: '1.0' }, { M: { x: { S: 'y' } } }] }, true],
    ['s < :x', { S: 'hellp' }, true],
    ['b < :x', { B: new Uint8Array([1, 2, 3]) }, false],
    ['b <= :x', { B: new Uint8Array([1, 2, 3]) }, true],
    ['b < :x', { B: new Uint8Array([0x80]) }, true],
    ['n BETWEEN :x AND :s', { S: 'a' }, false],
  ])('%j with :x = %j is %p', (expression, x, expected) => {
    expect(holds(expression, { ':x': x })).toBe(expected);
  });

  it('compares strings in UTF-8 order and counts size in UTF-16 units', () => {
    const item = { e: { S: '\u{1F600}' } };
    expect(holds('e > :x', { ':x': { S: '\uFFFF' } }, item)).toBe(true);
    expect(holds('size(e) = :x', { ':x': { N: '2' } }, item)).toBe(true);
  });

  it('treats a missing item like an item without attributes', () => {
    const usage = usageFor([':s']);
    expect(evaluateCondition(parseCondition('attribute_not_exists(pk)', usageFor([])), undefined)).toBe(true);
    expect(evaluateCondition(parseCondition('s = :s', usage), undefined)).toBe(false);
  });
});
