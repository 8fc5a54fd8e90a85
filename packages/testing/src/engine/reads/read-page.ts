import { itemSize, type Item } from '../values';

/** DynamoDB stops a Query or Scan page after reading 1 MB of items (before any filter). */
export const MAX_PAGE_BYTES = 1024 * 1024;

export interface PageReadOptions {
  /** Stored entries in read order, already positioned after ExclusiveStartKey. */
  entries: Iterable<Item>;
  /** Maximum number of entries to read (evaluated, not returned). */
  limit?: number;
  /** The item to filter and return for an entry, or undefined if TTL has expired it. */
  resolve(entry: Item): Item | undefined;
  /** The FilterExpression. */
  accept(item: Item): boolean;
}

export interface Page {
  /** Items that passed the filter (resolved). */
  items: Item[];
  /** Every item read (resolved), filtered out or not. */
  read: Item[];
  scannedCount: number;
  bytesRead: number;
  /** The last entry read, from which LastEvaluatedKey is built when the page is truncated. */
  lastEntry?: Item;
  /** Whether the read stopped at Limit or at 1 MB, so a LastEvaluatedKey is due. */
  truncated: boolean;
  /** Entries whose item had expired, to be purged once the read is over. */
  expired: Item[];
}

/**
 * Reads one page the way DynamoDB does: Limit counts entries read before the filter, and the
 * page ends after the entry that takes it to 1 MB. Reaching Limit yields a LastEvaluatedKey
 * even when nothing follows (DynamoDB does not look ahead).
 */
export function readPage(options: PageReadOptions): Page {
  const page: Page = { items: [], read: [], scannedCount: 0, bytesRead: 0, truncated: false, expired: [] };
  for (const entry of options.entries) {
    if (page.bytesRead >= MAX_PAGE_BYTES) {
      page.truncated = true;
      break;
    }
    const item = options.resolve(entry);
    if (!item) {
      page.expired.push(entry);
      continue;
    }
    page.scannedCount += 1;
    page.bytesRead += itemSize(entry);
    page.lastEntry = entry;
    page.read.push(item);
    if (options.accept(item)) page.items.push(item);
    if (options.limit !== undefined && page.scannedCount >= options.limit) {
      page.truncated = true;
      break;
    }
  }
  return page;
}
