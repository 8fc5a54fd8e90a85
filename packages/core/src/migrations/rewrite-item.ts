import { ConfigurationError } from '../errors';
import { toItem } from '../mapping';
import type { EntityMetadata } from '../metadata/types';
import { isConditionalCheckFailure } from '../operations/condition-failure';
import { pickKey } from '../operations/prepared-write';
import type { RequestExecutor } from '../operations/request-executor';
import { storedItemReader } from '../operations/read-stored-item';
import { hydrate } from '../repository/hydrate';
import { prepareRewrite } from './prepare-rewrite';
import { sameStoredValue } from './same-stored-value';

/** A transform of the offline runner: the entity at the current version in, the entity to store out. */
export type MigrationTransform<T = any> = (entity: T) => T | undefined | Promise<T | undefined>;

/** What happened to one item. */
export type RewriteOutcome = 'migrated' | 'unchanged' | 'conflict' | 'gone';

export interface RewriteOptions {
  transform?: MigrationTransform;
  dryRun?: boolean;
  /** Attempts before an item that keeps changing concurrently is given up ('conflict'). */
  attempts?: number;
  /** Awaited before each write (rate limiting). */
  beforeWrite?: () => Promise<void>;
  /** Called when a write met a concurrent change and the item was re-read. */
  onConflict?: () => void;
}

/** The item an entity read from `stored` is stored as now: migrated, transformed, keys recomputed. */
async function targetItem(
  meta: EntityMetadata,
  stored: Record<string, unknown>,
  transform?: MigrationTransform,
): Promise<Record<string, unknown> | undefined> {
  let entity = hydrate<Record<string, unknown>>(meta, stored);
  if (transform) entity = await transform(entity);
  if (!entity) return undefined;
  const item = toItem(meta, entity);
  const { table } = meta;
  const primaryKey = [table.partitionKey, table.sortKey];
  if (!sameStoredValue(pickKey(item, primaryKey), pickKey(stored, primaryKey))) {
    throw new ConfigurationError(
      `${meta.name} ${JSON.stringify(pickKey(stored, primaryKey))} would move to ` +
        `${JSON.stringify(pickKey(item, primaryKey))}: a migration cannot change a primary key in ` +
        'place; copy each item to its new key and delete the old one (docs/migrations.md)',
    );
  }
  return item;
}

/**
 * Stores one item in its current shape (the one routine behind lazy upgrades before an update
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
    const after = await targetItem(meta, current, options.transform);
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
