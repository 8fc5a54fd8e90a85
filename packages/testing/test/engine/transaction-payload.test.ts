/** A transaction whose items add up to more than 4 MB is refused, as DynamoDB (Local) does. */
import {
  CreateTableCommand,
  GetItemCommand,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import { describeEachBackend, uniqueTableName } from '../../src';

describeEachBackend('TransactWriteItems payload size', (backend) => {
  it('refuses more than 4 MB of items with the running total, and writes nothing', async () => {
    const { client } = backend();
    const TableName = uniqueTableName('payload');
    await client.send(
      new CreateTableCommand({
        TableName,
        KeySchema: [{ AttributeName: 'PK', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'PK', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    const put = (i: number) => ({
      Put: { TableName, Item: { PK: { S: `k${i}` }, v: { S: 'x'.repeat(390 * 1024) } } },
    });
    await expect(
      client.send(new TransactWriteItemsCommand({ TransactItems: Array.from({ length: 12 }, (_, i) => put(i)) })),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message: 'Transaction payload size cannot exceed 4MB. Payload Size: 4393016',
    });
    const read = await client.send(new GetItemCommand({ TableName, Key: { PK: { S: 'k0' } } }));
    expect(read.Item).toBeUndefined();
    // Ten such items (3,993,650 bytes) fit.
    await client.send(new TransactWriteItemsCommand({ TransactItems: Array.from({ length: 10 }, (_, i) => put(i)) }));
  });
});
