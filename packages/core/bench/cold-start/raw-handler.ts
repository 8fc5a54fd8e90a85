// The same read with the raw DocumentClient: what the library's cold start is measured against.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { cannedClientConfig } from './canned-client';

const documents = DynamoDBDocumentClient.from(new DynamoDBClient(cannedClientConfig));

export async function handler(): Promise<string | undefined> {
  const { Item } = await documents.send(
    new GetCommand({ TableName: 'app', Key: { PK: 'CUSTOMER#c1', SK: 'PROFILE' } }),
  );
  return Item?.email as string | undefined;
}
