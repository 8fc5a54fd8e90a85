import { itemSize, valuesEqual, type Item } from '../values';
import { keyAttributeNames } from '../schema/table-definition';
import type { SecondaryIndex } from '../state/secondary-index';

const READ_UNIT_BYTES = 4096;
const WRITE_UNIT_BYTES = 1024;

/** Read units for reading `sizeBytes` at once: 1 per 4 KB (rounded up, at least 1), half for eventual consistency. */
export function readUnits(sizeBytes: number, consistent: boolean): number {
  const units = Math.max(1, Math.ceil(sizeBytes / READ_UNIT_BYTES));
  return consistent ? units : units / 2;
}

/** Write units for writing an item of `sizeBytes`: 1 per 1 KB, rounded up, at least 1. */
export function writeUnits(sizeBytes: number): number {
  return Math.max(1, Math.ceil(sizeBytes / WRITE_UNIT_BYTES));
}

/**
 * Write units a table write costs: the larger of the item before and after, as DynamoDB bills.
 */
export function tableWriteUnits(previous: Item | undefined, next: Item | undefined): number {
  return writeUnits(Math.max(previous ? itemSize(previous) : 0, next ? itemSize(next) : 0));
}

/**
 * Write units a table write costs one secondary index: nothing when the index entry is
 * unchanged, one write when it is added, removed or changed in place, two (a delete and a put)
 * when its index key changes.
 */
export function indexWriteUnits(index: SecondaryIndex, previous: Item | undefined, next: Item | undefined): number {
  const before = previous && index.includes(previous) ? index.project(previous) : undefined;
  const after = next && index.includes(next) ? index.project(next) : undefined;
  if (!before && !after) return 0;
  if (!before) return writeUnits(itemSize(after!));
  if (!after) return writeUnits(itemSize(before));
  if (valuesEqual({ M: before }, { M: after })) return 0;
  const sameKey = keyAttributeNames(index.definition.keys).every((name) => valuesEqual(before[name], after[name]));
  return sameKey ? writeUnits(Math.max(itemSize(before), itemSize(after))) : writeUnits(itemSize(before)) + writeUnits(itemSize(after));
}
