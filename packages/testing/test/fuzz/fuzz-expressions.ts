import fc from 'fast-check';
import { attributeValue } from './fuzz-values';

/**
 * Random expressions with their placeholder maps: mostly well-formed (from a small grammar over
 * the fuzzed table's attributes), sometimes a soup of tokens, with the placeholder maps a little
 * off now and then (unused, missing or null entries).
 */

export interface Expression {
  text: string;
  names: Record<string, unknown>;
  values: Record<string, unknown>;
}

const path = fc.constantFrom(
  'a',
  'b',
  'n',
  'pk',
  'sk',
  'gpk',
  'gsk',
  'l[0]',
  'm.k',
  'pk.x',
  '#n',
  '#n.k',
  'l[1][0]',
  's',
);
const value = fc.constantFrom(':v', ':w', ':n');
const operand = fc.oneof(
  { arbitrary: path, weight: 3 },
  { arbitrary: value, weight: 3 },
  { arbitrary: path.map((p) => `size(${p})`), weight: 1 },
);
const comparator = fc.constantFrom('=', '<>', '<', '<=', '>', '>=');

const condition: fc.Arbitrary<string> = fc.letrec((tie) => ({
  condition: fc.oneof(
    {
      arbitrary: fc.tuple(operand, comparator, operand).map((parts) => parts.join(' ')),
      weight: 6,
    },
    {
      arbitrary: fc.tuple(path, value, value).map(([p, l, h]) => `${p} BETWEEN ${l} AND ${h}`),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(path, fc.array(value, { minLength: 1, maxLength: 3 }))
        .map(([p, vs]) => `${p} IN (${vs.join(', ')})`),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(fc.constantFrom('attribute_exists', 'attribute_not_exists'), path)
        .map(([f, p]) => `${f}(${p})`),
      weight: 2,
    },
    {
      arbitrary: fc
        .tuple(fc.constantFrom('begins_with', 'contains', 'attribute_type'), path, value)
        .map(([f, p, v]) => `${f}(${p}, ${v})`),
      weight: 2,
    },
    { arbitrary: tie('condition').map((c) => `NOT ${c}`), weight: 1 },
    { arbitrary: tie('condition').map((c) => `(${c})`), weight: 1 },
    {
      arbitrary: fc
        .tuple(tie('condition'), fc.constantFrom('AND', 'OR'), tie('condition'))
        .map((parts) => parts.join(' ')),
      weight: 2,
    },
  ),
})).condition as fc.Arbitrary<string>;

const TOKENS = [
  'a',
  'pk',
  '#n',
  ':v',
  '=',
  '<',
  'AND',
  'OR',
  'NOT',
  '(',
  ')',
  ',',
  '.',
  '[',
  ']',
  '0',
  'SET',
  'REMOVE',
  'ADD',
  'DELETE',
  'size',
  'BETWEEN',
  'IN',
  '+',
  '-',
  ':',
  '#',
  'status',
  '"x"',
];
const soup = fc
  .array(fc.constantFrom(...TOKENS), { minLength: 0, maxLength: 8 })
  .map((tokens) => tokens.join(' '));

const setValue = fc.oneof(
  operand,
  fc.tuple(operand, fc.constantFrom('+', '-'), operand).map((parts) => parts.join(' ')),
  fc.tuple(operand, operand).map(([x, y]) => `list_append(${x}, ${y})`),
  fc.tuple(path, operand).map(([p, o]) => `if_not_exists(${p}, ${o})`),
);
const updateAction = fc.oneof(
  fc.tuple(path, setValue).map(([p, v]) => `SET ${p} = ${v}`),
  path.map((p) => `REMOVE ${p}`),
  fc.tuple(path, value).map(([p, v]) => `ADD ${p} ${v}`),
  fc.tuple(path, value).map(([p, v]) => `DELETE ${p} ${v}`),
);
const update = fc
  .array(updateAction, { minLength: 1, maxLength: 3 })
  .map((actions) => actions.join(' '));

const keyCondition = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      'pk = :v',
      'pk = :v AND sk > :w',
      'pk = :v AND begins_with(sk, :w)',
      'gpk = :v',
      'gpk = :v AND gsk < :n',
    ),
    weight: 4,
  },
  {
    arbitrary: fc.constantFrom(
      'a = :v AND b = :n',
      'a = :v AND b = :n AND c = :w AND d >= :n',
      'a = :v',
      'pk = :v AND lsk BETWEEN :n AND :n',
    ),
    weight: 2,
  },
  { arbitrary: condition, weight: 1 },
);
const projection = fc.array(path, { minLength: 1, maxLength: 3 }).map((paths) => paths.join(', '));

/** The placeholder maps an expression may come with. */
const names = fc.oneof(
  { arbitrary: fc.constant({ '#n': 'n' }), weight: 6 },
  {
    arbitrary: fc.constantFrom(
      {},
      { '#n': 'n', '#u': 'u' },
      { '#n': null },
      { '#n': '' },
      { n: 'n' },
    ),
    weight: 1,
  },
);
const values = fc.oneof(
  {
    arbitrary: fc.record({
      ':v': fc.constantFrom({ S: 'p1' }, { S: 'x' }, { N: '1' }),
      ':w': fc.constantFrom({ S: '1' }, { S: 'y' }, { N: '2' }, { SS: ['x'] }),
      ':n': fc.constantFrom({ N: '1' }, { N: '3' }, { L: [] }),
    }),
    weight: 6,
  },
  {
    arbitrary: fc.dictionary(fc.constantFrom(':v', ':w', ':n', ':u', 'v'), attributeValue, {
      maxKeys: 3,
    }),
    weight: 1,
  },
);

function withMaps(text: fc.Arbitrary<string>): fc.Arbitrary<Expression> {
  return fc.record({
    text: fc.oneof({ arbitrary: text, weight: 9 }, { arbitrary: soup, weight: 1 }),
    names,
    values,
  });
}

export const conditionExpression = withMaps(condition);
export const updateExpression = withMaps(update);
export const keyConditionExpression = withMaps(keyCondition);
export const projectionExpression = withMaps(projection);
