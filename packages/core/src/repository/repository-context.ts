import type { RetryPolicy } from '../batching';
import type { RequestExecutor } from '../operations/request-executor';

/** What a repository needs from its connection. */
export interface RepositoryContext {
  executor: RequestExecutor;
  tableName: string;
  cursorSecret?: string;
  retry?: Partial<RetryPolicy>;
  /** Concurrent requests per batch call (default 4). */
  batchConcurrency?: number;
  now(): Date;
}
