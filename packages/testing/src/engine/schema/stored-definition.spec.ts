import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { MemoryDynamoDB } from '../memory-dynamodb';
import type { EngineSnapshot } from '../state/database';

/** A snapshot as engines before multi-attribute keys wrote it (key names as partitionKey/sortKey). */
const legacySnapshot = {
  tables: [
    {
      definition: {
        name: 'orders',
        tableId: 'id',
        keys: { partitionKey: 'pk', sortKey: 'sk' },
        attributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
          { AttributeName: 'g', AttributeType: 'S' },
        ],
        billingMode: 'PAY_PER_REQUEST',
        indexes: [{ name: 'byG', kind: 'global', keys: { partitionKey: 'g' }, projection: { type: 'ALL' } }],
        createdAtMs: 0,
      },
      items: [{ pk: { S: 'p' }, sk: { S: 's' }, g: { S: 'x' } }],
    },
  ],
} as unknown as EngineSnapshot;

describe('stored definitions', () => {
  it('restores a snapshot written before multi-attribute keys', async () => {
    const engine = new MemoryDynamoDB();
    engine.restore(legacySnapshot);
    const client = engine.createClient();
    const { Items } = await client.send(
      new QueryCommand({
        TableName: 'orders',
        IndexName: 'byG',
        KeyConditionExpression: 'g = :g',
        ExpressionAttributeValues: { ':g': { S: 'x' } },
      }),
    );
    expect(Items).toEqual([{ pk: { S: 'p' }, sk: { S: 's' }, g: { S: 'x' } }]);
    expect(engine.snapshot().tables[0].definition.keys).toEqual({ partitionKeys: ['pk'], sortKeys: ['sk'] });
    client.destroy();
  });
});
