import { Monotable } from '@monotable/core';
import type { EntityClass, MonotableConnectionOptions } from '../interfaces';
import { nestRequestLogger } from '../logging';
import { openConnection } from './open-connection';

const DEFAULT_RETRY_ATTEMPTS = 3;
const DEFAULT_RETRY_DELAY_MS = 1000;

/**
 * Builds a connection from module options; `featureEntities` (what forFeature registered) are
 * added when `autoLoadEntities` is set. Before it is handed out, its table is created
 * (`createTableIfMissing`) or described (`verifyTableOnStart`, the default), with retries; the
 * client is destroyed if that fails.
 */
export async function createMonotableConnection(
  options: MonotableConnectionOptions,
  featureEntities: readonly EntityClass[] = [],
  connectionName = 'default',
): Promise<Monotable> {
  const {
    autoLoadEntities,
    createTableIfMissing = false,
    verifyTableOnStart = true,
    retryAttempts = DEFAULT_RETRY_ATTEMPTS,
    retryDelay = DEFAULT_RETRY_DELAY_MS,
    entities = [],
    logger,
    ...monotableOptions
  } = options;
  const allEntities = autoLoadEntities ? [...new Set([...entities, ...featureEntities])] : entities;
  const db = new Monotable({
    ...monotableOptions,
    entities: allEntities,
    logger: logger === 'nest' ? nestRequestLogger() : logger,
  });
  try {
    await openConnection(db, connectionName, {
      createTableIfMissing,
      verifyTableOnStart,
      retryAttempts,
      retryDelay,
    });
  } catch (error) {
    db.destroy();
    throw error;
  }
  return db;
}
