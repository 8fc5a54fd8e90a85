import { BatchWriteItemCommand } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, BatchWriteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { createEngine, createTable, errorOf } from './engine-test-kit';

const item = (n: number) => ({ PK: `P#${n}`, SK: 'A', n });
const key = (n: number) => ({ PK: `P#${n}`, SK: 'A' });

async function setup() {
  const kit = createEngine();
  await createTable(kit.client);
  await createTable(kit.client, { name: 'other', sortKey: false });
  return kit;
}

describe('BatchGetItem and BatchWriteItem through a real DynamoDBClient', () => {
  it('writes and deletes across tables, then reads them back', async () => {
    const { documents } = await setup();
    const written = await documents.send(
      new BatchWriteCommand({
        RequestItems: {
          app: [1, 2, 3].map((n) => ({ PutRequest: { Item: item(n) } })),
          other: [{ PutRequest: { Item: { PK: 'x', v: 1 } } }],
        },
      }),
    );
    expect(written.UnprocessedItems).toEqual({});
    await documents.send(new BatchWriteCommand({ RequestItems: { app: [{ DeleteRequest: { Key: key(2) } }] } }));
    const read = await documents.send(
      new BatchGetCommand({
        RequestItems: {
          app: { Keys: [key(1), key(2), key(3)], ProjectionExpression: 'n' },
          other: { Keys: [{ PK: 'x' }], ConsistentRead: true },
        },
      }),
    );
    expect(read.Responses?.app.map((entry) => entry.n).sort()).toEqual([1, 3]);
    expect(read.Responses?.other).toEqual([{ PK: 'x', v: 1 }]);
    expect(read.UnprocessedKeys).toEqual({});
  });

  it('refuses more than 100 keys and duplicate keys', async () => {
    const { documents } = await setup();
    const tooMany = await errorOf(() =>
      documents.send(new BatchGetCommand({ RequestItems: { app: { Keys: Array.from({ length: 101 }, (_, n) => key(n)) } } })),
    );
    expect(tooMany.name).toBe('ValidationException');
    expect(tooMany.message).toMatch(/Member must have length less than or equal to 100|Too many items requested for the BatchGetItem call/);
    const duplicate = await errorOf(() => documents.send(new BatchGetCommand({ RequestItems: { app: { Keys: [key(1), key(1)] } } })));
    expect(duplicate.message).toBe('Provided list of item keys contains duplicates');
  });

  it('refuses more than 25 writes and duplicate keys', async () => {
    const { client, documents } = await setup();
    const tooMany = await errorOf(() =>
      client.send(
        new BatchWriteItemCommand({
          RequestItems: {
            app: Array.from({ length: 26 }, (_, n) => ({ PutRequest: { Item: { PK: { S: `P#${n}` }, SK: { S: 'A' } } } })),
          },
        }),
      ),
    );
    expect(tooMany.name).toBe('ValidationException');
    expect(tooMany.message).toBe('Too many items requested for the BatchWriteItem call');
    const duplicate = await errorOf(() =>
      documents.send(
        new BatchWriteCommand({ RequestItems: { app: [{ PutRequest: { Item: item(1) } }, { DeleteRequest: { Key: key(1) } }] } }),
      ),
    );
    expect(duplicate.message).toBe('Provided list of item keys contains duplicates');
  });

  it('returns injected unprocessed items without writing them', async () => {
    const { documents, engine } = await setup();
    engine.faults.unprocessed({ operation: 'BatchWriteItem', ratio: 0.5, count: 1 });
    const written = await documents.send(new BatchWriteCommand({ RequestItems: { app: [1, 2, 3, 4].map((n) => ({ PutRequest: { Item: item(n) } })) } }));
    const unprocessed = written.UnprocessedItems?.app ?? [];
    expect(unprocessed).toHaveLength(2);
    for (const request of unprocessed) {
      const stored = await documents.send(new GetCommand({ TableName: 'app', Key: key(request.PutRequest!.Item!.n as number) }));
      expect(stored.Item).toBeUndefined();
    }
    const retried = await documents.send(new BatchWriteCommand({ RequestItems: written.UnprocessedItems! }));
    expect(retried.UnprocessedItems).toEqual({});
  });

  it('returns injected unprocessed keys with the request options', async () => {
    const { documents, engine } = await setup();
    await documents.send(new BatchWriteCommand({ RequestItems: { app: [1, 2].map((n) => ({ PutRequest: { Item: item(n) } })) } }));
    engine.faults.unprocessed({ operation: 'BatchGetItem', ratio: 1 });
    const read = await documents.send(new BatchGetCommand({ RequestItems: { app: { Keys: [key(1), key(2)], ConsistentRead: true } } }));
    expect(read.Responses?.app).toEqual([]);
    expect(read.UnprocessedKeys).toEqual({ app: { Keys: [key(1), key(2)], ConsistentRead: true } });
  });
});
