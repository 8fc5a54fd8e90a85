import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { batchWriteAll } from './batch-write-all';

/**
 * Writes plain JavaScript items (strings, numbers, booleans, arrays, objects, Sets,
 * Uint8Arrays, as with DynamoDBDocumentClient) to a table, 25 per BatchWriteItem.
 *
 * @example await seed(client, tableName, [{ pk: 'CUSTOMER#1', sk: 'PROFILE', name: 'Ada' }]);
 */
export async function seed(
  client: DynamoDBClient,
  tableName: string,
  items: readonly Record<string, unknown>[],
): Promise<void> {
  const requests = items.map((item) => ({
    PutRequest: {
      Item: marshall(item, { removeUndefinedValues: true, convertClassInstanceToMap: true }),
    },
  }));
  await batchWriteAll(client, tableName, requests);
}
