import { ConditionalCheckFailedError, ItemNotFoundError } from '../../model/errors';
import { pickKey } from '../../model/keys/pick-key';
import type { EntityMetadata } from '../../model/metadata/types';
import { prepareOperation } from '../../requests/prepare-operation';
import type { WriteIntent } from '../../requests/write-intent';
import type { Connection } from '../../runtime/connection';
import { readStoredItem } from '../../runtime/read-stored-item';
import { writeContext } from '../../runtime/write-context';
import { writeEntity } from '../../runtime/write-entity';
import { targetItem, type MigrationTransform } from './target-item';

/** What happened to one item. */
export type RewriteOutcome = 'migrated' | 'unchanged' | 'conflict' | 'gone';

export interface RewriteOptions {
  transform?: MigrationTransform;
  /** The schema version to store (default: the entity's current one). */
  toVersion?: number;
  dryRun?: boolean;
  /** Awaited before each write (rate limiting). */
  beforeWrite?: () => Promise<void>;
  /** Called when a write met a concurrent change and the item was re-read. */
  onConflict?: () => void;
  /** Sends at most this many times (default: the connection's retry policy). */
  maxAttempts?: number;
}

/**
 * Stores one item in its current shape, or at `toVersion` (the one routine behind lazy
 * upgrades before an update and the offline runner): upgrade, transform, recompute keys, and
 * write back only the differences through the write pipeline — validated, size-checked, its
 * @Unique markers moved with it — on condition that the item is unchanged since read. On a
 * concurrent change the item is re-read and tried again under the connection's retry policy.
 * MigrationError, ValidationError, UniqueConstraintError, ... propagate.
 */
export async function rewriteItem(
  connection: Connection,
  meta: EntityMetadata,
  stored: Record<string, unknown>,
  options: RewriteOptions = {},
): Promise<RewriteOutcome> {
  const key = pickKey(stored, [meta.table.partitionKey, meta.table.sortKey]);
  const toVersion = options.toVersion ?? meta.schemaVersion;
  let current: Record<string, unknown> | undefined = stored;
  let first = true;
  let wrote = false;
  const intent = async (): Promise<WriteIntent | undefined> => {
    if (!first) current = await readStoredItem(connection, key);
    first = false;
    if (!current) return undefined;
    const item = await targetItem(meta, current, options.transform, toVersion);
    if (!item) return undefined;
    const rewrite: WriteIntent = {
      kind: 'rewrite',
      stored: current,
      item,
      validate: toVersion === meta.schemaVersion,
    };
    if (!options.dryRun) await options.beforeWrite?.();
    return rewrite;
  };
  if (options.dryRun) {
    const planned = await intent();
    if (!planned) return 'unchanged';
    const operation = await prepareOperation(meta, planned, writeContext(connection, 'single'));
    return operation ? 'migrated' : 'unchanged';
  }
  try {
    const sent = await writeEntity(connection, meta, intent, {
      maxAttempts: options.maxAttempts,
      onRetry: (reason) => {
        if (reason === 'changed') options.onConflict?.();
      },
    });
    wrote = sent !== undefined;
  } catch (error) {
    if (error instanceof ItemNotFoundError) return 'gone';
    // The item kept changing between read and write for every attempt of the policy.
    if (error instanceof ConditionalCheckFailedError) {
      options.onConflict?.();
      return 'conflict';
    }
    throw error;
  }
  if (wrote) return 'migrated';
  return current ? 'unchanged' : 'gone';
}
