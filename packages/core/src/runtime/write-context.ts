import type { WriteContext, WriteMode } from '../requests/write-intent';
import type { Connection } from './connection';
import { readStoredItem } from './read-stored-item';

/**
 * What the write pipeline prepares a connection's writes with, at the time of the call: its
 * table, clock, consistent reader and ULID source, and how the writes will be sent.
 */
export function writeContext(
  connection: Connection,
  mode: WriteMode,
  method?: string,
): WriteContext {
  return {
    tableName: connection.tableName,
    now: connection.now(),
    read: (key) => readStoredItem(connection, key),
    mode,
    method,
    newUlid: connection.newUlid,
  };
}
