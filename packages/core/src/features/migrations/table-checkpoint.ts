import { ConfigurationError } from '../../model/errors';
import type { Checkpoint, CheckpointContext, CheckpointStore } from './checkpoint';

/** The entity type of checkpoint items: no entity scan or query ever returns them. */
export const CHECKPOINT_ITEM_TYPE = 'MonotableMigrationCheckpoint';

function checkpointKey(context: CheckpointContext, id: string): Record<string, string> {
  const { table } = context;
  const key: Record<string, string> = { [table.partitionKey]: `MONOTABLE#MIGRATION#${id}` };
  if (table.sortKey) key[table.sortKey] = 'CHECKPOINT';
  return key;
}

/**
 * A checkpoint kept as one item in the migrated table itself (key
 * `MONOTABLE#MIGRATION#<id>` / `CHECKPOINT`), so a job resumed from another machine finds it.
 * Scan positions are stored as native DynamoDB values, binary keys included.
 *
 * @example
 * await db.migrate(Customer, { checkpoint: tableCheckpoint('customer-v3') });
 */
export function tableCheckpoint(id: string): CheckpointStore {
  if (!/^[\w.:-]{1,200}$/.test(id)) {
    throw new ConfigurationError(
      `tableCheckpoint: the id must be 1-200 letters, digits, '_', '-', '.' or ':'; got ${JSON.stringify(id)}`,
    );
  }
  return {
    async load(context) {
      const item = await context.getItem(checkpointKey(context, id));
      return item?.checkpoint as Checkpoint | undefined;
    },
    async save(checkpoint, context) {
      await context.putItem({
        ...checkpointKey(context, id),
        [context.table.entityTypeAttribute]: CHECKPOINT_ITEM_TYPE,
        checkpoint,
        savedAt: new Date().toISOString(),
      });
    },
  };
}
