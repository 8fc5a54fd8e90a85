/**
 * Counts the work the storage does, so tests can assert that a Query's cost follows the items
 * it returns rather than the size of the table (timing would be flaky; counts are not).
 */
export interface StorageStats {
  /** Items the storage has read while serving Query, Scan and key lookups. */
  itemsRead: number;
}

export function createStorageStats(): StorageStats {
  return { itemsRead: 0 };
}
