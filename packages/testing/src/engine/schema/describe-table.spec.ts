import { CreateTableCommand, DescribeTableCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { MemoryDynamoDB } from '../memory-dynamodb';
import { itemSize } from '../values';

describe('DescribeTable', () => {
  it('sizes an index as DynamoDB does: projected entries plus 100 bytes each', async () => {
    const client = new MemoryDynamoDB().createClient();
    await client.send(
      new CreateTableCommand({
        TableName: 'things',
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'g', AttributeType: 'S' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        GlobalSecondaryIndexes: [
          { IndexName: 'byG', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } },
        ],
      }),
    );
    for (const pk of ['a', 'bb']) {
      await client.send(new PutItemCommand({ TableName: 'things', Item: { pk: { S: pk }, g: { S: 'x' }, other: { S: 'y'.repeat(500) } } }));
    }
    const { Table } = await client.send(new DescribeTableCommand({ TableName: 'things' }));
    const entries = itemSize({ pk: { S: 'a' }, g: { S: 'x' } }) + itemSize({ pk: { S: 'bb' }, g: { S: 'x' } });
    expect(Table?.GlobalSecondaryIndexes?.[0].IndexSizeBytes).toBe(entries + 2 * 100);
    client.destroy();
  });
});
