import { ConditionalCheckFailedError, TransactionCanceledError } from '../errors';
import type { EntityMetadata } from '../metadata/types';
import { storedItemReader } from '../operations/read-stored-item';
import type { RequestExecutor } from '../operations/request-executor';
import { rewriteItem } from './rewrite-item';
import { storedSchemaVersion } from './stored-schema-version';

/**
 * After an update failed its condition: when the cause may be that the stored item is at an
 * older schema version (an update requires the current one), stores the item upgraded as a
 * whole. True when the update is worth retrying.
 */
export async function upgradeAfterFailedUpdate(
  meta: EntityMetadata,
  executor: RequestExecutor,
  tableName: string,
  key: Record<string, unknown>,
  error: unknown,
): Promise<boolean> {
  if (meta.schemaVersion <= 1) return false;
  const isOld = (item?: Record<string, unknown>) =>
    item !== undefined && storedSchemaVersion(meta, item) < meta.schemaVersion;
  // The item as the failed write saw it, when DynamoDB returned it (a transaction does not).
  const seen = error instanceof ConditionalCheckFailedError ? error.item : undefined;
  if (seen ? !isOld(seen) : !(error instanceof TransactionCanceledError)) return false;
  const stored = await storedItemReader(executor, tableName)(key);
  // Upgraded concurrently since the failure (e.g. by db.migrate): just retry.
  if (isOld(stored)) await rewriteItem(meta, executor, tableName, stored!);
  else if (!seen) return false;
  return true;
}
