import { DescribeTableCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
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

  it('gives a table stored with an enabled StreamSpecification its stream, without records of the restored items', async () => {
    const engine = new MemoryDynamoDB();
    const [table] = legacySnapshot.tables;
    const definition = { ...table.definition, streamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } };
    engine.restore({ tables: [{ ...table, definition }] } as unknown as EngineSnapshot);
    const client = engine.createClient();
    const { Table } = await client.send(new DescribeTableCommand({ TableName: 'orders' }));
    expect(Table).toMatchObject({
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' },
      LatestStreamLabel: '1970-01-01T00:00:00.000',
    });
    const arn = Table!.LatestStreamArn!;
    const streams = (operation: string, input: object) => JSON.parse(engine.answer(`DynamoDBStreams_20120810.${operation}`, JSON.stringify(input)).body);
    const { StreamDescription } = streams('DescribeStream', { StreamArn: arn });
    const ShardId = StreamDescription.Shards[0].ShardId;
    const { ShardIterator } = streams('GetShardIterator', { StreamArn: arn, ShardId, ShardIteratorType: 'TRIM_HORIZON' });
    expect(streams('GetRecords', { ShardIterator }).Records).toEqual([]);
    client.destroy();
  });
});
