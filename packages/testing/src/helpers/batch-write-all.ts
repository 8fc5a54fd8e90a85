import {
  BatchWriteItemCommand,
  type DynamoDBClient,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';

const BATCH_SIZE = 25;
const MAX_ROUNDS = 10;

/** Sends write requests in batches of 25, retrying unprocessed ones with a short backoff. */
export async function batchWriteAll(
  client: DynamoDBClient,
  tableName: string,
  requests: WriteRequest[],
): Promise<void> {
  for (let start = 0; start < requests.length; start += BATCH_SIZE) {
    let pending = requests.slice(start, start + BATCH_SIZE);
    for (let round = 0; pending.length > 0; round += 1) {
      if (round >= MAX_ROUNDS) {
        throw new Error(
          `BatchWriteItem on ${tableName} still had ${pending.length} unprocessed requests after ${MAX_ROUNDS} attempts.`,
        );
      }
      if (round > 0) await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** round));
      const output = await client.send(
        new BatchWriteItemCommand({ RequestItems: { [tableName]: pending } }),
      );
      pending = output.UnprocessedItems?.[tableName] ?? [];
    }
  }
}
