import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Item } from '../values';
import { applyUpdate } from './apply-update';
import { parseUpdate } from './parse-update';
import { SAMPLE_ITEM, usageFor, validationMessage } from './__fixtures__/expression-test-kit';

const update = (expression: string, values: Record<string, AttributeValue> = {}, item: Item = SAMPLE_ITEM) =>
  applyUpdate(parseUpdate(expression, usageFor([expression], { values })), item);

/** Only the attributes the update changed (undefined = removed). */
function changes(expression: string, values: Record<string, AttributeValue> = {}): Record<string, AttributeValue | undefined> {
  const result = update(expression, values);
  const changed: Record<string, AttributeValue | undefined> = {};
  for (const name of new Set([...Object.keys(SAMPLE_ITEM), ...Object.keys(result)])) {
    if (JSON.stringify(SAMPLE_ITEM[name]) !== JSON.stringify(result[name])) changed[name] = result[name];
  }
  return changed;
}

const l = SAMPLE_ITEM.l.L!;

// Every expected result was observed in DynamoDB Local on the same item.
describe('applyUpdate', () => {
  it.each<[string, Record<string, AttributeValue | undefined>]>([
    ['SET x = :s, y = :n', { x: { S: 'hello' }, y: { N: '5' } }],
    ['SET n = n + :n', { n: { N: '10' } }],
    ['SET n = :n2 - n', { n: { N: '-3' } }],
    ['SET n = (n + :n)', { n: { N: '10' } }],
    ['SET n = n + n', { n: { N: '10' } }],
    ['SET n = :n2, x = n', { n: { N: '2' }, x: { N: '5' } }],
    ['SET x = m.a', { x: { S: 'x' } }],
    ['SET x = l[0]', { x: { S: 'a' } }],
    ['SET s = :z', { s: { NULL: true } }],
    ['SET x = list_append(l, :l)', { x: { L: [...l, { S: 'a' }] } }],
    ['SET x = list_append(:l, l)', { x: { L: [{ S: 'a' }, ...l] } }],
    ['SET x = if_not_exists(s, :n)', { x: { S: 'hello' } }],
    ['SET x = if_not_exists(nope, :n)', { x: { N: '5' } }],
    ['SET x = if_not_exists(l[9], :s)', { x: { S: 'hello' } }],
    ['SET x = if_not_exists(x, :n) + :n2', { x: { N: '7' } }],
    ['SET x = list_append(if_not_exists(x, :l), :l)', { x: { L: [{ S: 'a' }, { S: 'a' }] } }],
    ['SET l[1] = :s', { l: { L: [l[0], { S: 'hello' }, l[2]] } }],
    ['SET l[10] = :s', { l: { L: [...l, { S: 'hello' }] } }],
    ['SET l[6] = :n, l[5] = :s', { l: { L: [...l, { S: 'hello' }, { N: '5' }] } }],
    ['SET l[2].z = :s', { l: { L: [l[0], l[1], { M: { x: { S: 'y' }, z: { S: 'hello' } } }] } }],
    ['SET m.a = :s, l[0] = :n', { m: { M: { ...SAMPLE_ITEM.m.M, a: { S: 'hello' } } }, l: { L: [{ N: '5' }, l[1], l[2]] } }],
    ['SET l[0] = :s, l[1] = l[0]', { l: { L: [{ S: 'hello' }, { S: 'a' }, l[2]] } }],
    ['REMOVE s, n', { s: undefined, n: undefined }],
    ['REMOVE nope, m.nope, l[5]', {}],
    ['REMOVE l[0]', { l: { L: [l[1], l[2]] } }],
    ['REMOVE l[2], l[0]', { l: { L: [l[1]] } }],
    ['REMOVE l[2].x', { l: { L: [l[0], l[1], { M: {} }] } }],
    ['REMOVE l[0] SET l[2] = :s', { l: { L: [l[1], { S: 'hello' }] } }],
    ['REMOVE l[0] SET l[3] = :s', { l: { L: [l[1], l[2], { S: 'hello' }] } }],
    ['REMOVE l[1] SET l[2].x = :s', { l: { L: [l[0], { M: { x: { S: 'hello' } } }] } }],
    ['REMOVE l[0], l[1] SET l[2] = :s', { l: { L: [{ S: 'hello' }] } }],
    ['ADD n :n', { n: { N: '10' } }],
    ['ADD x :n', { x: { N: '5' } }],
    ['ADD m.n :n, m.l[0] :n', { m: { M: { a: { S: 'x' }, n: { N: '8' }, l: { L: [{ N: '12' }] } } } }],
    ['ADD l[10] :n', { l: { L: [...l, { N: '5' }] } }],
    ['ADD ss :ss', {}],
    ['ADD x :ss', { x: { SS: ['a'] } }],
    ['DELETE ss :ss', { ss: { SS: ['b'] } }],
    ['DELETE bs :bs', { bs: undefined }],
    ['DELETE nope :ss', {}],
    ['SET t = :z REMOVE z', { t: { NULL: true }, z: undefined }],
    ['SET x = :s DELETE nope :ss REMOVE nope2 ADD y :n', { x: { S: 'hello' }, y: { N: '5' } }],
  ])('%j', (expression, expected) => {
    expect(changes(expression)).toEqual(expected);
  });

  it.each<[string, AttributeValue, Record<string, AttributeValue | undefined>]>([
    ['ADD ss :x', { SS: ['c', 'a'] }, { ss: { SS: ['a', 'b', 'c'] } }],
    ['ADD x :x', { SS: ['c', 'a'] }, { x: { SS: ['a', 'c'] } }],
    ['ADD ns :x', { NS: ['1.0', '3.50'] }, { ns: { NS: ['1', '2', '3.5'] } }],
    ['ADD x :x', { NS: ['3.50', '1.0'] }, { x: { NS: ['1.0', '3.50'] } }],
    ['DELETE ss :x', { SS: ['a', 'b'] }, { ss: undefined }],
    ['DELETE ss :x', { SS: ['z'] }, {}],
    ['DELETE ns :x', { NS: ['1.0'] }, { ns: { NS: ['2'] } }],
    ['SET m.#a = :x', { S: 'v' }, { m: { M: { ...SAMPLE_ITEM.m.M, 'a.b': { S: 'v' } } } }],
  ])('%j with :x = %j', (expression, x, expected) => {
    const values = { ':x': x };
    const names = expression.includes('#a') ? { '#a': 'a.b' } : undefined;
    const result = applyUpdate(parseUpdate(expression, usageFor([expression], { values, names })), SAMPLE_ITEM);
    const changed = Object.fromEntries(
      [...new Set([...Object.keys(SAMPLE_ITEM), ...Object.keys(result)])]
        .filter((name) => JSON.stringify(SAMPLE_ITEM[name]) !== JSON.stringify(result[name]))
        .map((name) => [name, result[name]]),
    );
    expect(changed).toEqual(expected);
  });

  it('computes numbers exactly and keeps their scale like DynamoDB Local', () => {
    const sum = (a: string, b: string, operator = '+') => update(`SET x = :a ${operator} :b`, { ':a': { N: a }, ':b': { N: b } }).x;
    expect(sum('1.25', '1.75')).toEqual({ N: '3.00' });
    expect(sum('0.1', '0.2')).toEqual({ N: '0.3' });
    expect(sum('0.10', '0.1', '-')).toEqual({ N: '0.00' });
    expect(sum('1e3', '1')).toEqual({ N: '1001' });
    expect(sum('99999999999999999999999999999999999999', '1')).toEqual({ N: '100000000000000000000000000000000000000' });
    expect(update('SET x = :x', { ':x': { N: '1.50' } }).x).toEqual({ N: '1.50' });
    expect(validationMessage(() => sum('9E125', '9E125'))).toBe(
      'Number overflow. Attempting to store a number with magnitude larger than supported range',
    );
    expect(validationMessage(() => sum('1E30', '1E-30'))).toBe('DynamoDB only supports precision up to 38 digits');
  });

  it.each([
    ['SET x = nope + :n', 'The provided expression refers to an attribute that does not exist in the item'],
    ['SET x = list_append(nope, :l)', 'The provided expression refers to an attribute that does not exist in the item'],
    ['SET a = s, s = a', 'The provided expression refers to an attribute that does not exist in the item'],
    ['SET x = l[9]', 'The provided expression refers to an attribute that does not exist in the item'],
    ['SET n = s + :n', 'An operand in the update expression has an incorrect data type'],
    ['SET x = list_append(s, :l)', 'An operand in the update expression has an incorrect data type'],
    ['SET x = if_not_exists(s, :s) + :n', 'An operand in the update expression has an incorrect data type'],
    ['ADD ss :ns', 'An operand in the update expression has an incorrect data type'],
    ['ADD l[0] :n', 'An operand in the update expression has an incorrect data type'],
    ['REMOVE l[0] ADD l[2] :n', 'An operand in the update expression has an incorrect data type'],
    ['DELETE s :ss', 'An operand in the update expression has an incorrect data type'],
    ['DELETE ns :ss', 'An operand in the update expression has an incorrect data type'],
    ['REMOVE m.nope.deeper', 'The document path provided in the update expression is invalid for update'],
    ['REMOVE s.x', 'The document path provided in the update expression is invalid for update'],
    ['REMOVE l[0].x', 'The document path provided in the update expression is invalid for update'],
    ['SET m.a.b = :s', 'The document path provided in the update expression is invalid for update'],
    ['SET nope.a = :s', 'The document path provided in the update expression is invalid for update'],
    ['SET nope[0] = :s', 'The document path provided in the update expression is invalid for update'],
    ['SET l.x = :s', 'The document path provided in the update expression is invalid for update'],
    ['SET m[0] = :s', 'The document path provided in the update expression is invalid for update'],
    ['SET l[2].x.y = :s', 'The document path provided in the update expression is invalid for update'],
    ['ADD nope.x :n', 'The document path provided in the update expression is invalid for update'],
  ])('%j fails: %s', (expression, message) => {
    expect(validationMessage(() => update(expression))).toBe(message);
  });

  it('returns a new item and leaves the input untouched', () => {
    const before = JSON.stringify(SAMPLE_ITEM);
    const result = update('SET m.a = :s, l[0] = :n REMOVE s ADD ss :ss');
    expect(result).not.toBe(SAMPLE_ITEM);
    expect(JSON.stringify(SAMPLE_ITEM)).toBe(before);
  });
});
