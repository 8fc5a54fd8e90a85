import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { MemoryDynamoDB } from '@monotable/testing';

/** The in-process engine served over HTTP for the CLI subprocesses, and a client to check it. */
export interface ServedEngine {
  engine: MemoryDynamoDB;
  endpoint: string;
  client: DynamoDBClient;
  documents: DynamoDBDocumentClient;
  close(): Promise<void>;
}

export async function serveEngine(): Promise<ServedEngine> {
  const engine = new MemoryDynamoDB();
  const server = await engine.listen(0);
  const client = engine.createClient();
  return {
    engine,
    endpoint: server.endpoint,
    client,
    documents: DynamoDBDocumentClient.from(client),
    async close() {
      client.destroy();
      await server.close();
    },
  };
}
