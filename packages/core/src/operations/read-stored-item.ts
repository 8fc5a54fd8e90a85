import type { RequestExecutor } from './request-executor';

/**
 * Reads one item by its physical key with a strongly consistent GetItem: what a write that
 * depends on the stored values (unique markers) must start from.
 */
export function storedItemReader(
  executor: RequestExecutor,
  tableName: string,
): (key: Record<string, unknown>) => Promise<Record<string, unknown> | undefined> {
  return async (key) => {
    const output = await executor.send('GetItem', {
      TableName: tableName,
      Key: key,
      ConsistentRead: true,
    });
    return output.Item;
  };
}
