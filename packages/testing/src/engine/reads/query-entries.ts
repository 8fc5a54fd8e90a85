import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors';
import { matchesSortKey, type SortKeyPredicate } from '../expressions';
import { compareKeyValues, valuesEqual, type Item } from '../values';
import type { ItemStore } from '../storage/item-store';

export interface QueryRange {
  partitionValue: AttributeValue;
  sort?: SortKeyPredicate;
  forward: boolean;
  /** Resume after this entry (ExclusiveStartKey). */
  after?: Item;
}

/**
 * The entries a Query reads, in order: one partition, narrowed to the sort-key range by binary
 * search, so the cost follows the entries read rather than the partition or table size.
 */
export function* queryEntries(store: ItemStore, range: QueryRange): Generator<Item> {
  const { partitionKey, sortKey } = store.layout;
  if (range.after) checkStartKey(range, partitionKey, sortKey);
  const partition = store.partition(range.partitionValue);
  if (!partition) return;
  let start = 0;
  let end = partition.size;
  if (range.sort && sortKey) {
    const predicate = range.sort;
    start = partition.firstIndexWhere((entry) => position(predicate, entry[sortKey]) >= 0);
    end = partition.firstIndexWhere((entry) => position(predicate, entry[sortKey]) > 0);
  }
  if (range.after) {
    if (range.forward) start = Math.max(start, partition.indexAfter(range.after));
    else end = Math.min(end, partition.indexAtOrAfter(range.after));
  }
  if (start < end) yield* partition.read(start, end, range.forward);
}

/**
 * Where a sort key value lies relative to the predicate's range: before it (-1), in it (0) or
 * after it (1). Every key condition selects one contiguous range of the sorted partition.
 */
function position(predicate: SortKeyPredicate, value: AttributeValue): number {
  switch (predicate.op) {
    case '=':
      return Math.sign(compareKeyValues(value, predicate.value));
    case '<':
      return compareKeyValues(value, predicate.value) < 0 ? 0 : 1;
    case '<=':
      return compareKeyValues(value, predicate.value) <= 0 ? 0 : 1;
    case '>':
      return compareKeyValues(value, predicate.value) > 0 ? 0 : -1;
    case '>=':
      return compareKeyValues(value, predicate.value) >= 0 ? 0 : -1;
    case 'between':
      if (compareKeyValues(value, predicate.low) < 0) return -1;
      return compareKeyValues(value, predicate.high) > 0 ? 1 : 0;
    case 'begins_with':
      if (matchesSortKey(predicate, value)) return 0;
      return compareKeyValues(value, predicate.prefix) < 0 ? -1 : 1;
  }
}

function checkStartKey(range: QueryRange, partitionKey: string, sortKey: string | undefined): void {
  const after = range.after!;
  const samePartition = valuesEqual(after[partitionKey], range.partitionValue);
  const inRange = !range.sort || !sortKey || matchesSortKey(range.sort, after[sortKey]);
  if (!samePartition || !inRange) throw validationError('The provided starting key does not match the range key predicate');
}

/**
 * Whether `value` is the inclusive end of the range in the read direction (the upper bound of
 * <= or BETWEEN reading forward, the lower bound of >= or BETWEEN reading backward). A page that
 * stops there cannot continue, and DynamoDB Local then returns no LastEvaluatedKey.
 */
export function isInclusiveRangeEnd(predicate: SortKeyPredicate | undefined, forward: boolean, value: AttributeValue | undefined): boolean {
  if (!predicate || !value) return false;
  const bound = forward
    ? predicate.op === '<=' ? predicate.value : predicate.op === 'between' ? predicate.high : undefined
    : predicate.op === '>=' ? predicate.value : predicate.op === 'between' ? predicate.low : undefined;
  return bound !== undefined && valuesEqual(bound, value);
}
