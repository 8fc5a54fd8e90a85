import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { MemoryDynamoDB } from '../../src/engine';
import { createTable, errorOf } from './engine-test-kit';

describe('MemoryDynamoDB over HTTP', () => {
  it('serves a separate DynamoDBClient pointed at its endpoint', async () => {
    const engine = new MemoryDynamoDB();
    const server = await engine.listen(0);
    const client = new DynamoDBClient({
      endpoint: server.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
      maxAttempts: 1,
    });
    try {
      expect(server.endpoint).toBe(`http://127.0.0.1:${server.port}`);
      await createTable(client);
      const documents = DynamoDBDocumentClient.from(client);
      await documents.send(new PutCommand({ TableName: 'app', Item: { PK: 'a', SK: 'b', bytes: new Uint8Array([1, 2]) } }));
      const { Item: item } = await documents.send(new GetCommand({ TableName: 'app', Key: { PK: 'a', SK: 'b' } }));
      expect(item).toEqual({ PK: 'a', SK: 'b', bytes: new Uint8Array([1, 2]) });
      expect((await client.send(new ListTablesCommand({}))).TableNames).toEqual(['app']);
      // The in-process client sees the same data.
      const local = DynamoDBDocumentClient.from(engine.createClient());
      expect((await local.send(new GetCommand({ TableName: 'app', Key: { PK: 'a', SK: 'b' } }))).Item?.PK).toBe('a');
      const error = await errorOf(() => documents.send(new GetCommand({ TableName: 'missing', Key: { PK: 'a' } })));
      expect(error.name).toBe('ResourceNotFoundException');
    } finally {
      client.destroy();
      await server.close();
    }
  });

  it('answers an unknown operation with UnknownOperationException', async () => {
    const engine = new MemoryDynamoDB();
    const server = await engine.listen();
    try {
      const response = await fetch(server.endpoint, {
        method: 'POST',
        headers: { 'x-amz-target': 'DynamoDB_20120810.Teleport', 'content-type': 'application/x-amz-json-1.0' },
        body: '{}',
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { __type: string }).__type).toBe('com.amazon.coral.service#UnknownOperationException');
    } finally {
      await server.close();
    }
  });
});
