import { buildPrimaryKey } from '../../model/keys';
import { primaryKeyAttributes } from '../../model/keys/pick-key';
import { hydrate } from '../../model/mapping/hydrate';
import type { EntityMetadata } from '../../model/metadata/types';
import { batchGetAll } from '../batch/batch-get-all';
import { BatchGetError } from '../batch/batch-get-error';
import type { Connection } from '../connection';

/** Items of one entity for many keys (BatchGetItem), in input order; `undefined` when absent. */
export async function batchGetEntities<T>(
  connection: Connection,
  meta: EntityMetadata,
  keys: readonly Record<string, unknown>[],
  options: { consistent?: boolean } = {},
): Promise<(T | undefined)[]> {
  const items = await batchGetAll({
    tableName: connection.tableName,
    keys: keys.map((key) => buildPrimaryKey(meta, key)),
    keyAttributes: primaryKeyAttributes(meta.table),
    send: (params, attempt) =>
      connection.executor.retrying(attempt, 'unprocessed').send('BatchGetItem', params),
    consistent: options.consistent,
    concurrency: connection.batchConcurrency,
    retry: connection.retry,
  }).catch((error: unknown) => {
    // What was read is handed over as entities, like a successful call would.
    if (!(error instanceof BatchGetError)) throw error;
    throw new BatchGetError<T>(
      error.tableName,
      error.unprocessedKeys,
      { cause: error.cause },
      error.items.map((item) => (item ? hydrate<T>(meta, item) : undefined)),
    );
  });
  return items.map((item) => (item ? hydrate<T>(meta, item) : undefined));
}
