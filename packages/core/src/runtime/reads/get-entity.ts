import { hydrate } from '../../model/mapping/hydrate';
import type { EntityMetadata } from '../../model/metadata/types';
import { prepareGet } from '../../requests/build-read';
import type { Connection } from '../connection';

/** GetItem of one entity by its key values; `undefined` when absent. */
export async function getEntity<T>(
  connection: Connection,
  meta: EntityMetadata,
  key: Record<string, unknown>,
  options: { consistent?: boolean; select?: readonly string[] } = {},
): Promise<T | undefined> {
  const params = prepareGet(meta, connection.tableName, key, options);
  const output = await connection.executor.send('GetItem', params);
  return output.Item ? hydrate<T>(meta, output.Item) : undefined;
}
