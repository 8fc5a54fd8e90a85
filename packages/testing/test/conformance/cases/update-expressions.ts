import type { CaseGroup, ConformanceCase } from '../harness/conformance-case';
import { bs, bytes, n, ns, type NativeItem } from '../harness/attribute-values';
import { get, put, update } from '../harness/steps';
import { simpleTable } from '../harness/tables';

const key = { pk: 'u', sk: '1' };

/** The item each update starts from. */
const start: NativeItem = {
  ...key,
  s: 'text',
  n: 10,
  ss: new Set(['a', 'b']),
  ns: new Set([1, 2]),
  bs: bs(bytes('x'), bytes('y')),
  l: ['zero', 'one', 'two'],
  m: { inr: 'v', deep: { n: 1 }, nums: [1, 2] },
  flag: true,
};

/** Applies one update to `start` and returns ALL_NEW (or the error), then reads the item back. */
function updated(
  name: string,
  expression: string,
  values?: NativeItem,
  extra: Record<string, unknown> = {},
): ConformanceCase {
  return {
    name,
    setup: [simpleTable(), put(start)],
    request: [
      update(key, expression, {
        ReturnValues: 'ALL_NEW',
        ...(values ? { ExpressionAttributeValues: values } : {}),
        ...extra,
      }),
      get(key),
    ],
  };
}

export const updateExpressionCases: CaseGroup = {
  area: 'Update expressions',
  cases: [
    updated('SET a new attribute', 'SET added = :v', { ':v': 'new' }),
    updated('SET replaces an attribute of another type', 'SET n = :v', { ':v': 'now a string' }),
    updated('SET several attributes', 'SET a1 = :a, a2 = :b', { ':a': 1, ':b': 2 }),
    updated('SET copies another attribute', 'SET dup = s'),
    updated('SET n = n + :v', 'SET n = n + :v', { ':v': 5 }),
    updated('SET n = n - :v', 'SET n = n - :v', { ':v': 15 }),
    updated('SET with decimal arithmetic', 'SET n = n + :v', { ':v': n('0.1') }),
    updated('SET arithmetic on a missing attribute is refused', 'SET x = ghost + :v', { ':v': 1 }),
    updated('SET arithmetic on a string is refused', 'SET x = s + :v', { ':v': 1 }),
    updated('SET arithmetic with two values', 'SET x = :a + :b', { ':a': 1, ':b': 2 }),
    updated('SET if_not_exists on a missing attribute', 'SET x = if_not_exists(x, :v)', {
      ':v': 0,
    }),
    updated('SET if_not_exists on an existing attribute keeps it', 'SET n = if_not_exists(n, :v)', {
      ':v': 0,
    }),
    updated(
      'SET if_not_exists plus arithmetic (counter)',
      'SET c = if_not_exists(c, :zero) + :one',
      { ':zero': 0, ':one': 1 },
    ),
    updated('SET if_not_exists reading another attribute', 'SET x = if_not_exists(s, :v)', {
      ':v': 'fallback',
    }),
    updated('SET list_append at the end', 'SET l = list_append(l, :v)', { ':v': ['three'] }),
    updated('SET list_append at the front', 'SET l = list_append(:v, l)', { ':v': ['minus'] }),
    updated('SET list_append with two values', 'SET x = list_append(:a, :b)', {
      ':a': [1],
      ':b': [2],
    }),
    updated(
      'SET list_append with if_not_exists',
      'SET x = list_append(if_not_exists(x, :empty), :v)',
      { ':empty': [], ':v': ['a'] },
    ),
    updated('SET list_append on a non-list is refused', 'SET s = list_append(s, :v)', {
      ':v': ['x'],
    }),
    updated('SET list_append on a missing attribute is refused', 'SET x = list_append(x, :v)', {
      ':v': ['x'],
    }),
    updated('SET a nested map attribute', 'SET m.added = :v', { ':v': 1 }),
    updated('SET a deep map attribute', 'SET m.deep.n = m.deep.n + :v', { ':v': 1 }),
    updated('SET into a missing map is refused', 'SET nomap.x = :v', { ':v': 1 }),
    updated('SET a list element', 'SET l[1] = :v', { ':v': 'ONE' }),
    updated('SET beyond the end of a list appends', 'SET l[10] = :v', { ':v': 'ten' }),
    updated('SET a list element inside a map', 'SET m.nums[0] = :v', { ':v': 100 }),
    updated('SET an index on a non-list is refused', 'SET s[0] = :v', { ':v': 'x' }),
    updated('SET two list elements', 'SET l[0] = :a, l[5] = :b', { ':a': 'A', ':b': 'F' }),
    updated('SET the same attribute twice is refused', 'SET a = :v, a = :v', { ':v': 1 }),
    updated('SET overlapping paths are refused', 'SET m = :v, m.inr = :v', { ':v': { x: 1 } }),
    updated('SET a key attribute is refused', 'SET sk = :v', { ':v': '2' }),
    updated(
      'SET with a name placeholder',
      'SET #n = :v',
      { ':v': 1 },
      { ExpressionAttributeNames: { '#n': 'name' } },
    ),
    updated('SET an empty string value', 'SET s = :v', { ':v': '' }),
    updated('SET an empty set is refused', 'SET ss = :v', { ':v': new Set<string>() }),
    updated('REMOVE an attribute', 'REMOVE s'),
    updated('REMOVE several attributes', 'REMOVE s, n, flag'),
    updated('REMOVE a missing attribute is a no-op', 'REMOVE ghost'),
    updated('REMOVE a nested attribute', 'REMOVE m.deep.n'),
    updated('REMOVE a list element shifts the rest', 'REMOVE l[0]'),
    updated('REMOVE two list elements', 'REMOVE l[0], l[2]'),
    updated('REMOVE beyond the end of a list', 'REMOVE l[9]'),
    updated('REMOVE a key attribute is refused', 'REMOVE pk'),
    updated('SET and REMOVE together', 'SET a = :v REMOVE s', { ':v': 1 }),
    updated('REMOVE and SET in the other order', 'REMOVE s SET a = :v', { ':v': 1 }),
    updated('SET and REMOVE the same path is refused', 'SET s = :v REMOVE s', { ':v': 'x' }),
    updated('ADD to a number', 'ADD n :v', { ':v': 5 }),
    updated('ADD a negative number', 'ADD n :v', { ':v': -11 }),
    updated('ADD a number to a missing attribute starts at zero', 'ADD x :v', { ':v': 3 }),
    updated('ADD to a string set', 'ADD ss :v', { ':v': new Set(['c', 'a']) }),
    updated('ADD to a number set', 'ADD ns :v', { ':v': ns('3', '1.0') }),
    updated('ADD to a binary set', 'ADD bs :v', { ':v': bs(bytes('z')) }),
    updated('ADD a set to a missing attribute creates it', 'ADD x :v', { ':v': new Set(['a']) }),
    updated('ADD a string is refused', 'ADD s :v', { ':v': 'x' }),
    updated('ADD a number to a set is refused', 'ADD ss :v', { ':v': 1 }),
    updated('ADD a set of another type is refused', 'ADD ss :v', { ':v': new Set([1]) }),
    updated('ADD on a nested path', 'ADD m.deep.n :v', { ':v': 1 }),
    updated('ADD with a list value is refused', 'ADD l :v', { ':v': [1] }),
    updated('DELETE from a string set', 'DELETE ss :v', { ':v': new Set(['a', 'zz']) }),
    updated('DELETE from a number set', 'DELETE ns :v', { ':v': ns('2.0') }),
    updated('DELETE every element removes the attribute', 'DELETE ss :v', {
      ':v': new Set(['a', 'b']),
    }),
    updated('DELETE from a missing attribute', 'DELETE x :v', { ':v': new Set(['a']) }),
    updated('DELETE a number is refused', 'DELETE n :v', { ':v': 1 }),
    updated('DELETE a set of another type is refused', 'DELETE ss :v', { ':v': new Set([1]) }),
    updated(
      'SET, REMOVE, ADD and DELETE in one expression',
      'SET a = :a REMOVE s ADD n :one DELETE ss :b',
      {
        ':a': 'A',
        ':one': 1,
        ':b': new Set(['b']),
      },
    ),
    updated('the same clause twice is refused', 'SET a = :v SET b = :v', { ':v': 1 }),
    updated('lower-case clause keywords', 'set a = :v remove s', { ':v': 1 }),
    updated('an empty update expression is refused', ''),
    updated('a syntax error is refused', 'SET a := :v', { ':v': 1 }),
    updated('an unknown function is refused', 'SET a = upper(s)'),
    updated(
      'if_not_exists in a condition is refused',
      'SET a = :v',
      { ':v': 1 },
      { ConditionExpression: 'if_not_exists(a, :v) = :v' },
    ),
    updated('size in an update is refused', 'SET a = size(s)'),
    updated('an unused value is refused', 'SET a = :v', { ':v': 1, ':extra': 2 }),
    updated('a reserved word is refused', 'SET count = :v', { ':v': 1 }),
    updated(
      'ADD with a name placeholder for a reserved word',
      'ADD #c :v',
      { ':v': 1 },
      { ExpressionAttributeNames: { '#c': 'count' } },
    ),
  ],
};
