import type { EntityMetadata } from '../../model/metadata/types';
import { hydrate } from '../../model/mapping/hydrate';
import { asCount, prepareQuery, type ReadOptions } from '../../requests/build-read';
import type { Page } from '../../requests/options';
import type { Connection } from '../connection';
import { countAll, readAll, readPage, type PageRequest } from '../pager/read-pages';

function prepare(
  connection: Connection,
  meta: EntityMetadata,
  partition: Record<string, unknown>,
  options: ReadOptions,
) {
  return prepareQuery(meta, connection.tableName, partition, {
    ...options,
    sharedSortPrefix: connection.sharesSortPrefix(meta, options.index),
  });
}

/** One page of a Query for an entity's items: exactly `limit` items at most, and a cursor. */
export async function queryPage<T>(
  connection: Connection,
  meta: EntityMetadata,
  partition: Record<string, unknown>,
  options: ReadOptions & PageRequest,
): Promise<Page<T>> {
  const read = prepare(connection, meta, partition, options);
  const page = await readPage(connection.executor, read, options, connection.cursorSecret);
  return { items: page.items.map((item) => hydrate<T>(meta, item)), cursor: page.cursor };
}

/** Every matching item of the entity, fetched page by page as the caller iterates. */
export async function* queryAll<T>(
  connection: Connection,
  meta: EntityMetadata,
  partition: Record<string, unknown>,
  options: ReadOptions & { limit?: number; pageSize?: number },
): AsyncGenerator<T> {
  const read = prepare(connection, meta, partition, options);
  for await (const item of readAll(connection.executor, read, options)) {
    yield hydrate<T>(meta, item);
  }
}

/** Number of matching items of the entity, counted by DynamoDB (Select COUNT) over all pages. */
export function countEntities(
  connection: Connection,
  meta: EntityMetadata,
  partition: Record<string, unknown>,
  options: Pick<ReadOptions, 'where' | 'index' | 'filter' | 'consistent'>,
): Promise<number> {
  const read = prepare(connection, meta, partition, options);
  return countAll(connection.executor, asCount(read));
}
