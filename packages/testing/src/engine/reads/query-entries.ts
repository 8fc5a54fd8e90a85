import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors';
import { matchesSortKey, type SortKeyPredicate } from '../expressions';
import { compareKeyValues, valuesEqual, type Item } from '../values';
import type { ItemStore } from '../storage/item-store';

export interface QueryRange {
  /** One value per partition-key attribute, in key-schema order. */
  partitionValues: AttributeValue[];
  /** Conditions on the leading sort-key attributes, in order (see ResolvedKeyCondition). */
  sortConditions: SortKeyPredicate[];
  forward: boolean;
  /** Resume after this entry (ExclusiveStartKey). */
  after?: Item;
}

/**
 * The entries a Query reads, in order: one partition, narrowed to the sort-key range by binary
 * search, so the cost follows the entries read rather than the partition or table size.
 */
export function* queryEntries(store: ItemStore, range: QueryRange): Generator<Item> {
  const { sortKeys } = store.layout;
  if (range.after) checkStartKey(store, range);
  const partition = store.partition(range.partitionValues);
  if (!partition) return;
  let start = 0;
  let end = partition.size;
  if (range.sortConditions.length > 0) {
    const where = (entry: Item) => rangePosition(range.sortConditions, sortKeys, entry);
    start = partition.firstIndexWhere((entry) => where(entry) >= 0);
    end = partition.firstIndexWhere((entry) => where(entry) > 0);
  }
  if (range.after) {
    if (range.forward) start = Math.max(start, partition.indexAfter(range.after));
    else end = Math.min(end, partition.indexAtOrAfter(range.after));
  }
  if (start < end) yield* partition.read(start, end, range.forward);
}

/**
 * Where an entry lies relative to the sort conditions: before their range (-1), in it (0) or
 * after it (1). Entries are sorted by the sort-key attributes in order, so equalities on the
 * leading ones and a range on the next select one contiguous run of the partition.
 */
function rangePosition(conditions: readonly SortKeyPredicate[], sortKeys: readonly string[], entry: Item): number {
  for (const [index, condition] of conditions.entries()) {
    const order = position(condition, entry[sortKeys[index]]);
    if (order !== 0) return order;
  }
  return 0;
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

function checkStartKey(store: ItemStore, range: QueryRange): void {
  const after = range.after!;
  const { partitionKeys, sortKeys } = store.layout;
  const samePartition = partitionKeys.every((name, index) => valuesEqual(after[name], range.partitionValues[index]));
  const inRange = range.sortConditions.every((condition, index) => matchesSortKey(condition, after[sortKeys[index]]));
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
