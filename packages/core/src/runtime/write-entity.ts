import type { EntityMetadata } from '../model/metadata/types';
import { prepareOperation } from '../requests/prepare-operation';
import type { WriteIntent } from '../requests/write-intent';
import type { Connection } from './connection';
import { writeContext } from './write-context';
import { sendOperation, type SendOperationOptions, type SentOperation } from './send-operation';

/**
 * One write of one entity, end to end: prepared by the write pipeline (validation, keys, size,
 * @Unique markers and guards) and sent by the one sender under the connection's retry policy.
 * `prepare` may replace the intent on a retry (a migration re-reads the item it rewrites).
 */
export function writeEntity<T>(
  connection: Connection,
  meta: EntityMetadata,
  intent: WriteIntent | (() => Promise<WriteIntent | undefined>),
  options: SendOperationOptions = {},
): Promise<SentOperation<T> | undefined> {
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
