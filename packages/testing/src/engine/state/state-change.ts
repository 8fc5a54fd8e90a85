import type { TableDefinition } from '../schema/table-definition';
import type { StreamRecord } from '../streams/stream-record';
import type { Item } from '../values';

/**
 * One change to what a snapshot holds, reported as it happens (`MemoryDynamoDB.onStateChange`).
 * Each change states the result, not the request that caused it ("this item is now X"), so
 * applying a sequence of them again rebuilds the same state whatever the clock or the engine's
 * version says: this is what `monotable-local --persist` journals.
 */
export type StateChange =
  /** A table was created, or its definition changed (UpdateTable, UpdateTimeToLive). */
  | { kind: 'define'; definition: TableDefinition }
  | { kind: 'drop'; table: string }
  /** The item now stored under its key. */
  | { kind: 'put'; table: string; item: Item }
  /** The item with this key is gone (DeleteItem, or TTL expiry noticed by a read). */
  | { kind: 'delete'; table: string; key: Item }
  /** A record was written to the stream with this ARN (kept for 24 hours, like the stream). */
  | { kind: 'record'; stream: string; record: StreamRecord };

export type StateChangeListener = (change: StateChange) => void;
