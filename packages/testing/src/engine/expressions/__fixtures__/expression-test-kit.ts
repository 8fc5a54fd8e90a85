import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { EngineError } from '../../errors';
import type { Item } from '../../values';
import { ExpressionUsage } from '../expression-usage';

/** The item most expression specs evaluate against (also used to probe DynamoDB Local). */
export const SAMPLE_ITEM: Item = {
  pk: { S: 'a' },
  sk: { S: 'b' },
  s: { S: 'hello' },
  n: { N: '5' },
  b: { B: new Uint8Array([1, 2, 3]) },
  t: { BOOL: true },
  z: { NULL: true },
  ss: { SS: ['a', 'b'] },
  ns: { NS: ['1', '2'] },
  bs: { BS: [new Uint8Array([1])] },
  l: { L: [{ S: 'a' }, { N: '1' }, { M: { x: { S: 'y' } } }] },
  m: { M: { a: { S: 'x' }, n: { N: '3' }, l: { L: [{ N: '7' }] } } },
  e: { S: '' },
};

/** Placeholder values the specs refer to by name. */
export const SAMPLE_VALUES: Record<string, AttributeValue> = {
  ':s': { S: 'hello' },
  ':s2': { S: 'he' },
  ':n': { N: '5' },
  ':n2': { N: '2' },
  ':m': { M: { a: { S: 'x' } } },
  ':l': { L: [{ S: 'a' }] },
  ':ss': { SS: ['a'] },
  ':ns': { NS: ['1'] },
  ':bs': { BS: [new Uint8Array([1])] },
  ':b': { B: new Uint8Array([1]) },
  ':t': { BOOL: true },
  ':z': { NULL: true },
};

export const SAMPLE_NAMES: Record<string, string> = { '#s': 's', '#n': 'n', '#status': 'status', '#m': 'm', '#a': 'a' };

/**
 * An ExpressionUsage holding exactly the sample placeholders that `expressions` mention (so
 * finish() passes), plus `extra` values.
 */
export function usageFor(expressions: string[], extra: { values?: Record<string, AttributeValue>; names?: Record<string, string> } = {}): ExpressionUsage {
  const mentioned = new Set(expressions.join(' ').match(/[:#][A-Za-z0-9_]+/g) ?? []);
  const values = { ...pick(SAMPLE_VALUES, mentioned), ...extra.values };
  const names = { ...pick(SAMPLE_NAMES, mentioned), ...extra.names };
  return new ExpressionUsage({
    values: Object.keys(values).length ? values : undefined,
    names: Object.keys(names).length ? names : undefined,
  });
}

function pick<T>(source: Record<string, T>, keys: Set<string>): Record<string, T> {
  return Object.fromEntries(Object.entries(source).filter(([key]) => keys.has(key)));
}

/** The ValidationException message `run` throws. */
export function validationMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    expect(error.type).toBe('ValidationException');
    return error.message;
  }
  throw new Error('expected a ValidationException');
}
