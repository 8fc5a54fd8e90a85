import {
  CreateTableCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** The CreateTable input of the fixture shop table (PK/SK, GSI1): what its entities declare. */
export const SHOP_TABLE_DEFINITION = {
  TableName: 'shop',
  BillingMode: 'PAY_PER_REQUEST',
  KeySchema: [
    { AttributeName: 'PK', KeyType: 'HASH' },
    { AttributeName: 'SK', KeyType: 'RANGE' },
  ],
  AttributeDefinitions: ['PK', 'SK', 'GSI1PK', 'GSI1SK'].map((AttributeName) => ({
    AttributeName,
    AttributeType: 'S',
  })),
  GlobalSecondaryIndexes: [
    {
      IndexName: 'GSI1',
      KeySchema: [
        { AttributeName: 'GSI1PK', KeyType: 'HASH' },
        { AttributeName: 'GSI1SK', KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    },
  ],
} satisfies CreateTableCommandInput;

/** The fixture shop table, created with the SDK so tests start from a known table. */
export async function createShopTable(client: DynamoDBClient): Promise<void> {
  await client.send(new CreateTableCommand(SHOP_TABLE_DEFINITION));
}

/** Customers as version 1 of the application stored them: one `name`, no email index keys. */
export function customersAtVersion1(count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    PK: `CUSTOMER#c${i}`,
    SK: 'PROFILE',
    _type: 'Customer',
    id: `c${i}`,
    email: `c${i}@example.com`,
    name: `Ada Lovelace${i}`,
  }));
}

export async function putItems(
  documents: DynamoDBDocumentClient,
  items: Record<string, unknown>[],
): Promise<void> {
  for (let i = 0; i < items.length; i += 25) {
    const chunk = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    await documents.send(new BatchWriteCommand({ RequestItems: { shop: chunk } }));
  }
}

/** Every item of the table, raw, by partition key. */
export async function rawItems(
  documents: DynamoDBDocumentClient,
): Promise<Map<string, Record<string, any>>> {
  const items = new Map<string, Record<string, any>>();
  let ExclusiveStartKey: Record<string, any> | undefined;
  do {
    const page = await documents.send(new ScanCommand({ TableName: 'shop', ExclusiveStartKey }));
    for (const item of page.Items ?? []) items.set(`${item.PK}|${item.SK}`, item);
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}
