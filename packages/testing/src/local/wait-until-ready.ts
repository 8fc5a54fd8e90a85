import { ListTablesCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';

/**
 * Polls a real ListTables call until it succeeds. Resolves false when `timeoutMs` passes or
 * `stillRunning()` turns false first (the process died).
 */
export async function waitUntilReady(
  client: DynamoDBClient,
  timeoutMs: number,
  stillRunning: () => boolean,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && stillRunning()) {
    try {
      await client.send(new ListTablesCommand({ Limit: 1 }));
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return false;
}
