import { DescribeTableCommand, type DescribeTableCommandOutput } from '@aws-sdk/client-dynamodb';
import type { Monotable } from '@monotable/core';

const ACTIVE_TIMEOUT_MS = 120_000;
const POLL_INTERVAL_MS = 250;

/**
 * Creates the connection's table when DescribeTable answers ResourceNotFoundException, then
 * waits until the table and its indexes are ACTIVE. Returns whether it created the table.
 */
export async function createTableIfMissing(db: Monotable): Promise<boolean> {
  if ((await describeTable(db)) !== undefined) return false;
  try {
    await db.createTable();
  } catch (error) {
    // Another process (a second instance of the app) created it first: just wait for it.
    if (!hasName(error, 'ResourceInUseException')) throw error;
  }
  await waitUntilActive(db);
  return true;
}

async function describeTable(db: Monotable): Promise<DescribeTableCommandOutput | undefined> {
  try {
    return await db.documentClient.send(new DescribeTableCommand({ TableName: db.tableName }));
  } catch (error) {
    if (hasName(error, 'ResourceNotFoundException')) return undefined;
    throw error;
  }
}

async function waitUntilActive(db: Monotable): Promise<void> {
  const deadline = Date.now() + ACTIVE_TIMEOUT_MS;
  for (;;) {
    const table = (await describeTable(db))?.Table;
    const indexesActive = (table?.GlobalSecondaryIndexes ?? []).every(
      (index) => index.IndexStatus === 'ACTIVE',
    );
    if (table?.TableStatus === 'ACTIVE' && indexesActive) return;
    if (Date.now() > deadline) {
      throw new Error(
        `Table ${db.tableName} did not become ACTIVE within ${ACTIVE_TIMEOUT_MS / 1000} s after CreateTable`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

// Compared by name, not instanceof: the SDK error classes may come from another copy of the SDK.
function hasName(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && (error as Error).name === name;
}
