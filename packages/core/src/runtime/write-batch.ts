import { primaryKeyAttributes } from '../model/keys/pick-key';
import type { EntityMetadata } from '../model/metadata/types';
import { prepareOperation } from '../requests/prepare-operation';
import type { PreparedPut, PreparedWrite } from '../requests/prepared-write';
import type { WriteIntent } from '../requests/write-intent';
import { batchWriteAll } from './batch/batch-write-all';
import type { Connection } from './connection';
import { refuseInUnitOfWork } from './unit-of-work';
import { writeContext } from './write-context';

/**
 * Puts and deletes of one entity in BatchWriteItem requests (chunks of 25, unprocessed items
 * retried under the connection's policy). Every intent goes through the write pipeline first —
 * validated and size-checked before anything is sent — in batch mode, which refuses entities
 * whose @Unique markers a batch cannot keep atomic. Returns the prepared writes, in order.
 */
export async function writeBatch<T>(
  connection: Connection,
  meta: EntityMetadata,
  intents: ReadonlyArray<Extract<WriteIntent, { kind: 'put' | 'delete' }>>,
  method: string,
): Promise<PreparedWrite<T>[]> {
  refuseInUnitOfWork(
    connection,
    method,
    'a batch is sent on its own, outside the all-or-nothing transaction (use transaction writes instead)',
  );
  const context = writeContext(connection, 'batch', method);
  const operations = await Promise.all(
    intents.map((intent) => prepareOperation<T>(meta, intent, context)),
  );
  const writes = operations.map((operation) => operation!.writes[0]);
  await batchWriteAll({
    tableName: connection.tableName,
    requests: writes.map((write) =>
      write.kind === 'delete'
        ? { type: 'delete' as const, key: write.key }
        : { type: 'put' as const, item: (write as PreparedPut<T>).params.Item! },
    ),
    keyAttributes: primaryKeyAttributes(meta.table),
    send: (params, attempt) =>
      connection.executor.retrying(attempt, 'unprocessed').send('BatchWriteItem', params),
    concurrency: connection.batchConcurrency,
    retry: connection.retry,
  });
  return writes;
}
