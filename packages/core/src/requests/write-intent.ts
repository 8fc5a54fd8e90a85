import type { ConditionalBuildOptions } from './build-delete';
import type { UpdateBuildOptions } from './build-update';

/**
 * What a caller asks to write, before anything is built: every write of monotable starts as
 * one of these and goes through `prepareOperation`.
 */
export type WriteIntent =
  | { kind: 'create'; data: object }
  | { kind: 'put'; data: object }
  | {
      kind: 'update';
      key: Record<string, unknown>;
      changes: Record<string, unknown>;
      options?: UpdateBuildOptions;
    }
  | { kind: 'delete'; key: Record<string, unknown>; options?: ConditionalBuildOptions }
  | { kind: 'check'; key: Record<string, unknown>; options: ConditionalBuildOptions }
  | {
      /** A migration storing the item `stored` (as read) again as `item` (stored form). */
      kind: 'rewrite';
      stored: Record<string, unknown>;
      item: Record<string, unknown>;
      /** Validate the entity `item` holds (false for an intermediate schema version). */
      validate: boolean;
    };

/** Reads an item by its physical key, strongly consistent (the values markers are computed from). */
export type ItemReader = (
  key: Record<string, unknown>,
) => Promise<Record<string, unknown> | undefined>;

/** How the prepared writes will be sent: alone, inside a transaction, or in a batch. */
export type WriteMode = 'single' | 'transaction' | 'batch';

export interface WriteContext {
  tableName: string;
  /** The time of the call (timestamps, expired markers). */
  now: Date;
  /** Reads the stored item when markers must be computed from it. */
  read: ItemReader;
  mode: WriteMode;
  /** ULIDs for @Generated('ulid'): the connection's monotonic source, driven by its clock. */
  newUlid?: (time: number) => string;
  /** The caller's method, for error messages ('batchPut', 'clear', ...). */
  method?: string;
}
