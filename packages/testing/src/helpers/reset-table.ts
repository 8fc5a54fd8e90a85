import {
  DescribeTableCommand,
  ScanCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { batchWriteAll } from './batch-write-all';

/**
 * Deletes every item of a table and keeps the table (and its indexes), so a suite can share
 * one table between tests: a keys-only scan, then batch deletes.
 *
 * @example afterEach(() => resetTable(backend().client, tableName));
 */
export async function resetTable(client: DynamoDBClient, tableName: string): Promise<void> {
  const keyNames = await keyAttributeNames(client, tableName);
  const names = Object.fromEntries(keyNames.map((name, index) => [`#k${index}`, name]));
  let exclusiveStartKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({
        TableName: tableName,
        ProjectionExpression: Object.keys(names).join(', '),
        ExpressionAttributeNames: names,
        ExclusiveStartKey: exclusiveStartKey,
        ConsistentRead: true,
      }),
    );
    const deletes = (page.Items ?? []).map((key) => ({ DeleteRequest: { Key: key } }));
    await batchWriteAll(client, tableName, deletes);
    exclusiveStartKey = page.LastEvaluatedKey;
  } while (exclusiveStartKey !== undefined);
}

async function keyAttributeNames(client: DynamoDBClient, tableName: string): Promise<string[]> {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  return (Table?.KeySchema ?? []).map((element) => element.AttributeName as string);
}
