import { Monotable } from '@monotable/core';
import type { EntityClass, MonotableConnectionOptions } from '../interfaces';
import { createTableIfMissing } from './create-table-if-missing';

/**
 * Builds a connection from module options; `featureEntities` (what forFeature registered) are
 * added when `autoLoadEntities` is set. With `createTableIfMissing`, the table is created
 * before the connection is handed out, and the client is destroyed if that fails.
 */
export async function createMonotableConnection(
  options: MonotableConnectionOptions,
  featureEntities: readonly EntityClass[] = [],
): Promise<Monotable> {
  const {
    autoLoadEntities,
    createTableIfMissing: createTable,
    entities = [],
    ...monotableOptions
  } = options;
  const allEntities = autoLoadEntities ? [...new Set([...entities, ...featureEntities])] : entities;
  const db = new Monotable({ ...monotableOptions, entities: allEntities });
  if (createTable) {
    try {
      await createTableIfMissing(db);
    } catch (error) {
      db.destroy();
      throw error;
    }
  }
  return db;
}
