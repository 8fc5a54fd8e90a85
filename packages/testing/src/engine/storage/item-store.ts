import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { compareKeyValues, type Item } from '../values';
import type { KeyNames } from '../schema/table-definition';
import { encodePartitionKey, partitionHash } from './key-encoding';
import { SortedPartition } from './sorted-partition';
import type { StorageStats } from './storage-stats';

/**
 * How a store orders and identifies its entries: by partition key, then the sort-key
 * attributes in order, then the tie-breakers (for an index, the table's key attributes, since
 * index keys need not be unique).
 */
export interface StoreLayout extends KeyNames {
  tieBreakers: string[];
}

/**
 * Items grouped by partition key into sorted partitions. Used for a table's items and, with
 * projected entries, for each of its secondary indexes.
 */
export class ItemStore {
  private readonly partitions = new Map<string, SortedPartition>();
  private scanOrder: SortedPartition[] | undefined;
  private entryCount = 0;
  private readonly compare: (a: Item, b: Item) => number;

  constructor(
    readonly layout: StoreLayout,
    private readonly stats: StorageStats,
  ) {
    const orderBy = [...layout.sortKeys, ...layout.tieBreakers];
    this.compare = (a, b) => {
      for (const name of orderBy) {
        const order = compareKeyValues(a[name], b[name]);
        if (order !== 0) return order;
      }
      return 0;
    };
  }

  get size(): number {
    return this.entryCount;
  }

  /** Orders two entries of the same partition. */
  compareEntries(a: Item, b: Item): number {
    return this.compare(a, b);
  }

  /** The partition with these partition-key values (in key-schema order). */
  partition(values: readonly AttributeValue[]): SortedPartition | undefined {
    return this.partitions.get(encodePartitionKey(values));
  }

  /** The encoded partition key of an entry (or of a probe carrying its key attributes). */
  encodedPartitionOf(entry: Item): string {
    return encodePartitionKey(this.layout.partitionKeys.map((name) => entry[name]));
  }

  /** Every non-empty partition, in scan order (by partition-key hash). */
  partitionsInScanOrder(): SortedPartition[] {
    if (!this.scanOrder) {
      this.scanOrder = [...this.partitions.values()].sort(
        (a, b) => a.hash - b.hash || (a.encodedKey < b.encodedKey ? -1 : a.encodedKey > b.encodedKey ? 1 : 0),
      );
    }
    return this.scanOrder;
  }

  get(probe: Item): Item | undefined {
    return this.partitions.get(this.encodedPartitionOf(probe))?.find(probe);
  }

  /** Stores `entry`, replacing the one with the same key; returns the replaced entry. */
  put(entry: Item): Item | undefined {
    const encoded = this.encodedPartitionOf(entry);
    let partition = this.partitions.get(encoded);
    if (!partition) {
      partition = new SortedPartition(encoded, partitionHash(encoded), this.compare, this.stats);
      this.partitions.set(encoded, partition);
      this.scanOrder = undefined;
    }
    const previous = partition.upsert(entry);
    if (!previous) this.entryCount += 1;
    return previous;
  }

  /** Removes the entry with the same key as `probe`; returns it. */
  remove(probe: Item): Item | undefined {
    const encoded = this.encodedPartitionOf(probe);
    const partition = this.partitions.get(encoded);
    const removed = partition?.remove(probe);
    if (!removed) return undefined;
    this.entryCount -= 1;
    if (partition!.size === 0) {
      this.partitions.delete(encoded);
      this.scanOrder = undefined;
    }
    return removed;
  }

  /** Every entry, in scan order; for snapshots and back-fills, not counted as reads. */
  *entries(): Generator<Item> {
    for (const partition of this.partitionsInScanOrder()) {
      for (let index = 0; index < partition.size; index++) yield partition.entryAt(index);
    }
  }
}
