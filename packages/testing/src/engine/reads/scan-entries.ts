import { validationError } from '../errors';
import type { Item } from '../values';
import { partitionHash } from '../storage/key-encoding';
import type { ItemStore } from '../storage/item-store';

const HASH_SPACE = 2 ** 32;

export interface ScanRange {
  /** Parallel scan: this worker's segment of `totalSegments` (contiguous ranges of the hash space). */
  segment?: number;
  totalSegments?: number;
  /** Resume after this entry (ExclusiveStartKey). */
  after?: Item;
}

/**
 * The entries a Scan reads, in scan order: partitions by partition-key hash, each partition in
 * sort order. A segment covers a contiguous range of hashes, so the union of all segments is
 * exactly the whole table, without overlap.
 */
export function* scanEntries(store: ItemStore, range: ScanRange): Generator<Item> {
  const partitions = store.partitionsInScanOrder();
  const total = range.totalSegments ?? 1;
  const segment = range.segment ?? 0;
  const low = Math.ceil((segment * HASH_SPACE) / total);
  const high = Math.ceil(((segment + 1) * HASH_SPACE) / total);

  let first = 0;
  let resumeAfter: Item | undefined;
  if (range.after) {
    const encoded = store.encodedPartitionOf(range.after);
    const hash = partitionHash(encoded);
    if (hash < low || hash >= high) throw validationError('Exclusive start key must lie within the segment');
    first = lowerBound(partitions.length, (i) => compareScanPosition(partitions[i], hash, encoded) >= 0);
    if (first < partitions.length && partitions[first].encodedKey === encoded) resumeAfter = range.after;
  }
  for (let i = first; i < partitions.length; i++) {
    const partition = partitions[i];
    if (partition.hash < low) continue;
    if (partition.hash >= high) break;
    const start = resumeAfter && i === first ? partition.indexAfter(resumeAfter) : 0;
    yield* partition.read(start, partition.size);
  }
}

function compareScanPosition(partition: { hash: number; encodedKey: string }, hash: number, encoded: string): number {
  if (partition.hash !== hash) return partition.hash - hash;
  return partition.encodedKey < encoded ? -1 : partition.encodedKey > encoded ? 1 : 0;
}

function lowerBound(length: number, isAtOrAfter: (index: number) => boolean): number {
  let lowIndex = 0;
  let highIndex = length;
  while (lowIndex < highIndex) {
    const middle = (lowIndex + highIndex) >>> 1;
    if (isAtOrAfter(middle)) highIndex = middle;
    else lowIndex = middle + 1;
  }
  return lowIndex;
}
