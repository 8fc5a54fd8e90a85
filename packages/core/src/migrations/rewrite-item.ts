import { isConditionalCheckFailure } from '../operations/condition-failure';
import { pickKey } from '../operations/prepared-write';
import type { RequestExecutor } from '../operations/request-executor';
import { storedItemReader } from '../operations/read-stored-item';
import type { EntityMetadata } from '../metadata/types';
import { prepareRewrite } from './prepare-rewrite';
import { targetItem, type MigrationTransform } from './target-item';

/** What happened to one item. */
export type RewriteOutcome = 'migrated' | 'unchanged' | 'conflict' | 'gone';

export interface RewriteOptions {
  transform?: MigrationTransform;
  /** The schema version to store (default: the entity's current one). */
  toVersion?: number;
  dryRun?: boolean;
  /** Attempts before an item that keeps changing concurrently is given up ('conflict'). */
  attempts?: number;
  /** Awaited before each write (rate limiting). */
  beforeWrite?: () => Promise<void>;
  /** Called when a write met a concurrent change and the item was re-read. */
  onConflict?: () => void;
}

/**
 * Stores one item in its current shape, or at `toVersion` (the one routine behind lazy upgrades before an update
 * and the offline runner): upgrade, transform, recompute keys, and write back only the
 * differences on condition that the item is unchanged since read; on a concurrent change the
 * item is re-read and tried again. MigrationError and ConfigurationError propagate.
 */
export async function rewriteItem(
  meta: EntityMetadata,
  executor: RequestExecutor,
  tableName: string,
  stored: Record<string, unknown>,
  options: RewriteOptions = {},
): Promise<RewriteOutcome> {
  const read = storedItemReader(executor, tableName);
  const key = pickKey(stored, [meta.table.partitionKey, meta.table.sortKey]);
  let current: Record<string, unknown> | undefined = stored;
  for (let attempt = 1; ; attempt++) {
    const after = await targetItem(meta, current, options.transform, options.toVersion);
    const params = after && prepareRewrite(meta, tableName, current, after);
    if (!params) return 'unchanged';
    if (options.dryRun) return 'migrated';
    await options.beforeWrite?.();
    try {
      await executor.send('UpdateItem', params);
      return 'migrated';
    } catch (error) {
      if (!isConditionalCheckFailure(error)) throw error;
      options.onConflict?.();
      if (attempt >= (options.attempts ?? 5)) return 'conflict';
      current = await read(key);
      if (!current) return 'gone';
    }
  }
}
