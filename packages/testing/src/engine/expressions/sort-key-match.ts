import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { compareKeyValues, typeOf } from '../values';
import { beginsWith } from './condition-functions';

/** The sort key range a Query reads. */
export type SortKeyPredicate =
  | { op: '=' | '<' | '<=' | '>' | '>='; value: AttributeValue }
  | { op: 'between'; low: AttributeValue; high: AttributeValue }
  | { op: 'begins_with'; prefix: AttributeValue };

/**
 * Whether a sort key value satisfies the predicate (values of another type never match).
 * @example matchesSortKey({ op: 'begins_with', prefix: { S: 'ORDER#' } }, { S: 'ORDER#1' }) // true
 */
export function matchesSortKey(pred: SortKeyPredicate, value: AttributeValue): boolean {
  const type = typeOf(value);
  if (pred.op === 'between') {
    if (typeOf(pred.low) !== type || typeOf(pred.high) !== type) return false;
    return compareKeyValues(pred.low, value) <= 0 && compareKeyValues(value, pred.high) <= 0;
  }
  if (pred.op === 'begins_with') {
    return beginsWith(value, pred.prefix);
  }
  if (typeOf(pred.value) !== type) return false;
  const order = compareKeyValues(value, pred.value);
  if (pred.op === '=') return order === 0;
  if (pred.op === '<') return order < 0;
  if (pred.op === '<=') return order <= 0;
  if (pred.op === '>') return order > 0;
  return order >= 0;
}
