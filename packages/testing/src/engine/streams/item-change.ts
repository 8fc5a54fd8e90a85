import type { TableDefinition } from '../schema/table-definition';
import type { Item } from '../values';

/**
 * One item written or removed, as a stream sees it: what it was and what it is now. Unlike a
 * StateChange (which states only the result, for journals), it keeps the item before the write.
 */
export interface ItemChange {
  definition: TableDefinition;
  previous?: Item;
  next?: Item;
  /** Removed by TTL, not by a request. */
  expired: boolean;
}

export type ItemChangeListener = (change: ItemChange) => void;
