import type { EntityMetadata } from '../model/metadata/types';
import type { ResolvedRetryPolicy } from './retry/retry-policy';
import type { RequestExecutor } from './request-executor';

/**
 * What every read and write of one connection runs with: where requests go, the clock, the
 * retry policy and the cursor key. Built once by `new Monotable()`; nothing here is shared
 * between connections.
 */
export interface Connection {
  executor: RequestExecutor;
  tableName: string;
  now(): Date;
  /** Monotonic ULIDs (strictly increasing, even within one millisecond) on the clock's time. */
  newUlid(time: number): string;
  cursorSecret?: string;
  retry: ResolvedRetryPolicy;
  /** Concurrent requests per batch call. */
  batchConcurrency: number;
  /**
   * Whether a Query for the entity's items on the table (index undefined) or an index can read
   * other entities' items too (nested sort keys); such pages are read like filtered ones.
   */
  sharesSortPrefix(meta: EntityMetadata, index?: string): boolean;
}
