import type { Item } from '../values';
import type { StorageStats } from './storage-stats';

/** Orders two entries of one partition; 0 means "the same entry". */
export type EntryComparator = (a: Item, b: Item) => number;

/**
 * The items of one partition key, kept sorted (binary-search insertion into an array) so that
 * a key-range read starts with a search and touches only the items it returns.
 */
export class SortedPartition {
  private readonly entries: Item[] = [];

  constructor(
    readonly encodedKey: string,
    readonly hash: number,
    private readonly compare: EntryComparator,
    private readonly stats: StorageStats,
  ) {}

  get size(): number {
    return this.entries.length;
  }

  /** The entry at `index`, without counting a read (for snapshots and maintenance). */
  entryAt(index: number): Item {
    return this.entries[index];
  }

  /** Inserts or replaces the entry with the same identity; returns the replaced one. */
  upsert(entry: Item): Item | undefined {
    const index = this.firstIndexWhere((candidate) => this.compare(candidate, entry) >= 0);
    if (index < this.entries.length && this.compare(this.entries[index], entry) === 0) {
      const previous = this.entries[index];
      this.entries[index] = entry;
      return previous;
    }
    this.entries.splice(index, 0, entry);
    return undefined;
  }

  /** Removes the entry with the same identity as `probe`; returns it. */
  remove(probe: Item): Item | undefined {
    const index = this.indexOf(probe);
    if (index < 0) return undefined;
    return this.entries.splice(index, 1)[0];
  }

  /** The entry with the same identity as `probe`. */
  find(probe: Item): Item | undefined {
    const index = this.indexOf(probe);
    if (index < 0) return undefined;
    this.stats.itemsRead += 1;
    return this.entries[index];
  }

  /**
   * The first position whose entry satisfies `predicate`, which must be false for a prefix of
   * the entries and true for the rest (binary search).
   */
  firstIndexWhere(predicate: (entry: Item) => boolean): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (predicate(this.entries[middle])) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /** Position of the first entry ordered after `probe`. */
  indexAfter(probe: Item): number {
    return this.firstIndexWhere((entry) => this.compare(entry, probe) > 0);
  }

  /** Position of the first entry not ordered before `probe`. */
  indexAtOrAfter(probe: Item): number {
    return this.firstIndexWhere((entry) => this.compare(entry, probe) >= 0);
  }

  /** Reads entries from `start` (inclusive) towards `end` (exclusive) in either direction. */
  *read(start: number, end: number, forward = true): Generator<Item> {
    if (forward) {
      for (let index = start; index < end; index++) {
        this.stats.itemsRead += 1;
        yield this.entries[index];
      }
    } else {
      for (let index = end - 1; index >= start; index--) {
        this.stats.itemsRead += 1;
        yield this.entries[index];
      }
    }
  }

  private indexOf(probe: Item): number {
    const index = this.indexAtOrAfter(probe);
    return index < this.entries.length && this.compare(this.entries[index], probe) === 0 ? index : -1;
  }
}
