import type { Connection } from './connection';

/**
 * Reads one item by its physical key with a strongly consistent GetItem: what a write that
 * depends on the stored values (unique markers, migrations) must start from.
 */
export async function readStoredItem(
  connection: Pick<Connection, 'executor' | 'tableName'>,
  key: Record<string, unknown>,
): Promise<Record<string, unknown> | undefined> {
  const output = await connection.executor.send('GetItem', {
    TableName: connection.tableName,
    Key: key,
    ConsistentRead: true,
  });
  return output.Item;
}
