import { ConditionalCheckFailedError, TransactionCanceledError } from '../../model/errors';
import type { EntityMetadata } from '../../model/metadata/types';
import { storedSchemaVersion } from '../../model/schema/stored-schema-version';
import type { Connection } from '../../runtime/connection';
import { readStoredItem } from '../../runtime/read-stored-item';
import { rewriteItem } from './rewrite-item';

/**
 * After an update failed its condition: when the cause may be that the stored item is at an
 * older schema version (an update requires the current one), stores the item upgraded as a
 * whole — through the same pipeline as every write, markers included. True when the update is
 * worth sending again.
 */
export async function upgradeOldItem(
  connection: Connection,
  meta: EntityMetadata,
  key: Record<string, unknown>,
  error: unknown,
): Promise<boolean> {
  if (meta.schemaVersion <= 1) return false;
  const isOld = (item?: Record<string, unknown>) =>
    item !== undefined && storedSchemaVersion(meta, item) < meta.schemaVersion;
  // The item as the failed write saw it, when DynamoDB returned it (a transaction does not).
  const seen = error instanceof ConditionalCheckFailedError ? error.item : undefined;
  if (seen ? !isOld(seen) : !(error instanceof TransactionCanceledError)) return false;
  const stored = await readStoredItem(connection, key);
  // Upgraded concurrently since the failure (e.g. by db.migrate): just retry. The rewrite is
  // tried once: the update's own retry loop comes back here if it lost a race.
  if (isOld(stored)) await rewriteItem(connection, meta, stored!, { maxAttempts: 1 });
  else if (!seen) return false;
  return true;
}
