import type { RetryPolicy } from '../batching';
import type { EntityMetadata } from '../metadata/types';
import type { RequestExecutor } from '../operations/request-executor';
import type { RelationModel } from '../relations/relation-model';

/** What a repository needs from its connection. */
export interface RepositoryContext {
  executor: RequestExecutor;
  tableName: string;
  cursorSecret?: string;
  retry?: Partial<RetryPolicy>;
  /** Concurrent requests per batch call (default 4). */
  batchConcurrency?: number;
  now(): Date;
  /**
   * Whether a Query for the entity's items on the table (index undefined) or an index can read
   * other entities' items too (nested sort keys); such pages are read like filtered ones.
   */
  sharesSortPrefix?(meta: EntityMetadata, index?: string): boolean;
  /** The connection's relations (includes, collections, relation lists). */
  relations?: RelationModel;
}
