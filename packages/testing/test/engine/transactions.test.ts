import { TransactionCanceledException, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, TransactGetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { createEngine, createTable, errorOf } from './engine-test-kit';

async function setup() {
  const kit = createEngine();
  await createTable(kit.client);
  await kit.documents.send(new PutCommand({ TableName: 'app', Item: { PK: 'product', SK: 'sku-1', stock: 1 } }));
  return kit;
}

const get = async (documents: ReturnType<typeof createEngine>['documents'], PK: string, SK: string) =>
  (await documents.send(new GetCommand({ TableName: 'app', Key: { PK, SK } }))).Item;

describe('transactions through a real DynamoDBClient', () => {
  it('applies every action together', async () => {
    const { documents } = await setup();
    await documents.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: 'app', Item: { PK: 'order', SK: 'o-1' }, ConditionExpression: 'attribute_not_exists(PK)' } },
          {
            Update: {
              TableName: 'app',
              Key: { PK: 'product', SK: 'sku-1' },
              UpdateExpression: 'SET stock = stock - :one',
              ConditionExpression: 'stock >= :one',
              ExpressionAttributeValues: { ':one': 1 },
            },
          },
        ],
      }),
    );
    expect(await get(documents, 'order', 'o-1')).toEqual({ PK: 'order', SK: 'o-1' });
    expect((await get(documents, 'product', 'sku-1'))?.stock).toBe(0);
    const read = await documents.send(
      new TransactGetCommand({
        TransactItems: [
          { Get: { TableName: 'app', Key: { PK: 'order', SK: 'o-1' } } },
          { Get: { TableName: 'app', Key: { PK: 'order', SK: 'missing' } } },
        ],
      }),
    );
    expect(read.Responses).toEqual([{ Item: { PK: 'order', SK: 'o-1' } }, {}]);
  });

  it('cancels everything when one condition fails, with reasons in order', async () => {
    const { client, documents } = await setup();
    const error = await errorOf(() =>
      client.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            { Put: { TableName: 'app', Item: { PK: { S: 'order' }, SK: { S: 'o-2' } } } },
            {
              ConditionCheck: {
                TableName: 'app',
                Key: { PK: { S: 'product' }, SK: { S: 'sku-1' } },
                ConditionExpression: 'stock > :n',
                ExpressionAttributeValues: { ':n': { N: '5' } },
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
              },
            },
          ],
        }),
      ),
    );
    expect(error).toBeInstanceOf(TransactionCanceledException);
    expect(error.message).toBe('Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]');
    expect(error.CancellationReasons).toEqual([
      { Code: 'None' },
      {
        Code: 'ConditionalCheckFailed',
        Message: 'The conditional request failed.',
        Item: { PK: { S: 'product' }, SK: { S: 'sku-1' }, stock: { N: '1' } },
      },
    ]);
    expect(await get(documents, 'order', 'o-2')).toBeUndefined();
  });

  it('refuses two actions on one item', async () => {
    const { documents } = await setup();
    const error = await errorOf(() =>
      documents.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: 'app', Item: { PK: 'a', SK: 'b' } } },
            { Delete: { TableName: 'app', Key: { PK: 'a', SK: 'b' } } },
          ],
        }),
      ),
    );
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe('Transaction request cannot include multiple operations on one item');
  });

  it('refuses more than 100 actions', async () => {
    const { documents } = await setup();
    const error = await errorOf(() =>
      documents.send(
        new TransactWriteCommand({
          TransactItems: Array.from({ length: 101 }, (_, n) => ({ Put: { TableName: 'app', Item: { PK: 'a', SK: `${n}` } } })),
        }),
      ),
    );
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe('Member must have length less than or equal to 100');
  });

  it('is idempotent per ClientRequestToken', async () => {
    const { documents } = await setup();
    const request = {
      ClientRequestToken: 'token-1',
      TransactItems: [
        {
          Update: {
            TableName: 'app',
            Key: { PK: 'counter', SK: 'c' },
            UpdateExpression: 'ADD n :one',
            ExpressionAttributeValues: { ':one': 1 },
          },
        },
      ],
    };
    await documents.send(new TransactWriteCommand(request));
    await documents.send(new TransactWriteCommand(request));
    expect((await get(documents, 'counter', 'c'))?.n).toBe(1);
    const mismatch = await errorOf(() =>
      documents.send(new TransactWriteCommand({ ...request, TransactItems: [{ Delete: { TableName: 'app', Key: { PK: 'counter', SK: 'c' } } }] })),
    );
    expect(mismatch.name).toBe('IdempotentParameterMismatchException');
  });
});
