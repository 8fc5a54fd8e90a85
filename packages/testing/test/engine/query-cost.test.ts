import { BatchWriteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createEngine, createTable } from './engine-test-kit';

async function itemsReadByQuery(otherPartitions: number): Promise<number> {
  const { client, documents, engine } = createEngine();
  await createTable(client);
  const items = [
    ...Array.from({ length: 10 }, (_, i) => ({ PK: 'target', SK: `item#${String(i).padStart(3, '0')}` })),
    ...Array.from({ length: otherPartitions }, (_, i) => ({ PK: `other#${i}`, SK: 'item#005' })),
    ...Array.from({ length: otherPartitions }, (_, i) => ({ PK: 'target', SK: `zzz#${i}` })),
  ];
  for (let start = 0; start < items.length; start += 25) {
    await documents.send(new BatchWriteCommand({ RequestItems: { app: items.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } })) } }));
  }
  const before = engine.stats.itemsRead;
  const result = await documents.send(
    new QueryCommand({
      TableName: 'app',
      KeyConditionExpression: 'PK = :p AND SK BETWEEN :a AND :b',
      ExpressionAttributeValues: { ':p': 'target', ':a': 'item#003', ':b': 'item#006' },
    }),
  );
  expect(result.Count).toBe(4);
  return engine.stats.itemsRead - before;
}

describe('Query cost', () => {
  it('grows with the items returned, not with the table or partition size', async () => {
    const small = await itemsReadByQuery(10);
    const large = await itemsReadByQuery(2000);
    expect(small).toBe(4);
    expect(large).toBe(small);
  });
});
