import type { EntityMetadata } from '../model/metadata/types';
import { prepareOperation } from '../requests/prepare-operation';
import type { WriteIntent } from '../requests/write-intent';
import type { Connection } from './connection';
import { TransactionJoinError } from '../model/errors';
import { unitOfWorkFor } from './unit-of-work';
import { writeContext } from './write-context';
import { sendOperation, type SendOperationOptions, type SentOperation } from './send-operation';

/**
 * One write of one entity, end to end: prepared by the write pipeline (validation, keys, size,
 * @Unique markers and guards) and sent by the one sender under the connection's retry policy.
 * `prepare` may replace the intent on a retry (a migration re-reads the item it rewrites).
 * Inside a `db.transaction()` of the connection the write joins it instead: prepared now,
 * sent with the transaction (`joined`, nothing returned).
 */
export async function writeEntity<T>(
  connection: Connection,
  meta: EntityMetadata,
  intent: WriteIntent | (() => Promise<WriteIntent | undefined>),
  options: SendOperationOptions = {},
): Promise<SentOperation<T> | undefined> {
  const unit = unitOfWorkFor(connection);
  if (unit) {
    if (typeof intent === 'function') {
      throw new TransactionJoinError(
        `rewriting a stored ${meta.name} (a migration) cannot run inside a transaction`,
      );
    }
    const operation = await unit.record<T>(meta, intent);
    return operation && { operation, joined: true };
  }
  return sendOperation<T>(
    connection,
    meta,
    async () => {
      const current = typeof intent === 'function' ? await intent() : intent;
      if (!current) return undefined;
      return prepareOperation<T>(meta, current, writeContext(connection, 'single'));
    },
    options,
  );
}
