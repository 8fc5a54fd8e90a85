import {
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { createEngine, createTable, errorOf, gsi } from './engine-test-kit';

async function setup() {
  const kit = createEngine();
  const index = gsi('GSI1');
  await createTable(kit.client, { globalIndexes: [index.index], extraAttributes: index.attributes });
  return kit;
}

// Messages are DynamoDB Local's, the oracle of the conformance suite.
describe('item operations through a real DynamoDBClient', () => {
  it('puts and gets every attribute type, with numbers kept exact', async () => {
    const { client } = await setup();
    const item = {
      PK: { S: 'c#1' },
      SK: { S: 'profile' },
      big: { N: '12345678901234567890123456789012345678' },
      bytes: { B: new Uint8Array([0, 1, 255]) },
      flag: { BOOL: true },
      nothing: { NULL: true },
      tags: { SS: ['b', 'a'] },
      scores: { NS: ['2', '1.50'] },
      blobs: { BS: [new Uint8Array([2]), new Uint8Array([1])] },
      address: { M: { city: { S: 'Oslo' }, zip: { L: [{ N: '1' }, { S: 'x' }] } } },
    };
    await client.send(new PutItemCommand({ TableName: 'app', Item: item }));
    const { Item: stored } = await client.send(new GetItemCommand({ TableName: 'app', Key: { PK: { S: 'c#1' }, SK: { S: 'profile' } } }));
    expect(stored?.big).toEqual({ N: '12345678901234567890123456789012345678' });
    expect(stored?.bytes).toEqual({ B: new Uint8Array([0, 1, 255]) });
    expect(stored?.scores?.NS?.sort()).toEqual(['1.5', '2']);
    expect(stored?.address).toEqual(item.address);
    expect(stored?.nothing).toEqual({ NULL: true });
  });

  it('returns only the projected attributes', async () => {
    const { documents } = await setup();
    await documents.send(new PutCommand({ TableName: 'app', Item: { PK: 'a', SK: 'b', name: 'Ann', address: { city: 'Oslo', zip: '0150' } } }));
    const { Item: item } = await documents.send(
      new GetCommand({
        TableName: 'app',
        Key: { PK: 'a', SK: 'b' },
        ProjectionExpression: '#n, address.city',
        ExpressionAttributeNames: { '#n': 'name' },
      }),
    );
    expect(item).toEqual({ name: 'Ann', address: { city: 'Oslo' } });
  });

  it('enforces a condition and returns the old item on failure when asked', async () => {
    const { client, documents } = await setup();
    await documents.send(new PutCommand({ TableName: 'app', Item: { PK: 'a', SK: 'b', n: 1 } }));
    const error = await errorOf(() =>
      client.send(
        new PutItemCommand({
          TableName: 'app',
          Item: { PK: { S: 'a' }, SK: { S: 'b' } },
          ConditionExpression: 'attribute_not_exists(PK)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      ),
    );
    expect(error).toBeInstanceOf(ConditionalCheckFailedException);
    expect(error.message).toBe('The conditional request failed');
    expect(error.Item).toEqual({ PK: { S: 'a' }, SK: { S: 'b' }, n: { N: '1' } });
  });

  it('honours ReturnValues on put, update and delete', async () => {
    const { documents } = await setup();
    const put = await documents.send(new PutCommand({ TableName: 'app', Item: { PK: 'a', SK: 'b', n: 1 }, ReturnValues: 'ALL_OLD' }));
    expect(put.Attributes).toBeUndefined();
    const updated = await documents.send(
      new UpdateCommand({
        TableName: 'app',
        Key: { PK: 'a', SK: 'b' },
        UpdateExpression: 'SET n = n + :one, label = :l',
        ExpressionAttributeValues: { ':one': 1, ':l': 'x' },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    expect(updated.Attributes).toEqual({ n: 2, label: 'x' });
    const old = await documents.send(
      new UpdateCommand({
        TableName: 'app',
        Key: { PK: 'a', SK: 'b' },
        UpdateExpression: 'REMOVE label',
        ReturnValues: 'UPDATED_OLD',
      }),
    );
    expect(old.Attributes).toEqual({ label: 'x' });
    const deleted = await documents.send(new DeleteCommand({ TableName: 'app', Key: { PK: 'a', SK: 'b' }, ReturnValues: 'ALL_OLD' }));
    expect(deleted.Attributes).toEqual({ PK: 'a', SK: 'b', n: 2 });
    expect((await documents.send(new GetCommand({ TableName: 'app', Key: { PK: 'a', SK: 'b' } }))).Item).toBeUndefined();
  });

  it('refuses ReturnValues a put cannot return', async () => {
    const { documents } = await setup();
    const error = await errorOf(() => documents.send(new PutCommand({ TableName: 'app', Item: { PK: 'a', SK: 'b' }, ReturnValues: 'ALL_NEW' })));
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe('Return values set to invalid value');
  });

  it('creates the item on update when absent, and refuses to update a key attribute', async () => {
    const { documents } = await setup();
    const created = await documents.send(
      new UpdateCommand({
        TableName: 'app',
        Key: { PK: 'a', SK: 'b' },
        UpdateExpression: 'ADD visits :one',
        ExpressionAttributeValues: { ':one': 1 },
        ReturnValues: 'ALL_NEW',
      }),
    );
    expect(created.Attributes).toEqual({ PK: 'a', SK: 'b', visits: 1 });
    const error = await errorOf(() =>
      documents.send(
        new UpdateCommand({ TableName: 'app', Key: { PK: 'a', SK: 'b' }, UpdateExpression: 'SET SK = :s', ExpressionAttributeValues: { ':s': 'c' } }),
      ),
    );
    expect(error.message).toBe('One or more parameter values were invalid: Cannot update attribute SK. This attribute is part of the key');
  });

  it.each([
    ['a missing key attribute', { PK: 'a' }, 'The number of conditions on the keys is invalid'],
    ['an extra attribute', { PK: 'a', SK: 'b', x: 1 }, 'The number of conditions on the keys is invalid'],
    ['a key of the wrong type', { PK: 'a', SK: 1 }, 'One or more parameter values were invalid: Type mismatch for key'],
    [
      'an empty string key',
      { PK: '', SK: 'b' },
      'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: PK',
    ],
  ])('validates the key: %s', async (_case, key, message) => {
    const { documents } = await setup();
    const error = await errorOf(() => documents.send(new GetCommand({ TableName: 'app', Key: key })));
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe(message);
  });

  it.each([
    ['a missing key', { PK: 'a' }, 'One of the required keys was not given a value'],
    ['a key of the wrong type', { PK: 'a', SK: 1 }, 'One or more parameter values were invalid: Type mismatch for key'],
    [
      'an index key of the wrong type',
      { PK: 'a', SK: 'b', GSI1PK: 1 },
      'One or more parameter values were invalid: Type mismatch for Index Key',
    ],
  ])('validates the item: %s', async (_case, item, message) => {
    const { documents } = await setup();
    const error = await errorOf(() => documents.send(new PutCommand({ TableName: 'app', Item: item })));
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe(message);
  });

  it('refuses items over 400 KB', async () => {
    const { documents } = await setup();
    const error = await errorOf(() =>
      documents.send(new PutCommand({ TableName: 'app', Item: { PK: 'a', SK: 'b', blob: 'x'.repeat(400 * 1024) } })),
    );
    expect(error.message).toBe('Item size has exceeded the maximum allowed size');
  });

  it('reports consumed capacity like DynamoDB', async () => {
    const { client, documents } = await setup();
    const put = await documents.send(
      new PutCommand({
        TableName: 'app',
        Item: { PK: 'a', SK: 'b', GSI1PK: 'g', GSI1SK: 's', blob: 'x'.repeat(1500) },
        ReturnConsumedCapacity: 'INDEXES',
      }),
    );
    expect(put.ConsumedCapacity).toEqual({
      TableName: 'app',
      CapacityUnits: 4,
      Table: { CapacityUnits: 2 },
      GlobalSecondaryIndexes: { GSI1: { CapacityUnits: 2 } },
    });
    const eventual = await client.send(
      new GetItemCommand({ TableName: 'app', Key: { PK: { S: 'a' }, SK: { S: 'b' } }, ReturnConsumedCapacity: 'TOTAL' }),
    );
    expect(eventual.ConsumedCapacity).toEqual({ TableName: 'app', CapacityUnits: 0.5 });
    const strong = await client.send(
      new GetItemCommand({ TableName: 'app', Key: { PK: { S: 'a' }, SK: { S: 'b' } }, ConsistentRead: true, ReturnConsumedCapacity: 'TOTAL' }),
    );
    expect(strong.ConsumedCapacity?.CapacityUnits).toBe(1);
  });

  it('keeps working through the low-level client for update expressions with sets', async () => {
    const { client } = await setup();
    await client.send(
      new UpdateItemCommand({
        TableName: 'app',
        Key: { PK: { S: 'a' }, SK: { S: 'b' } },
        UpdateExpression: 'ADD tags :t',
        ExpressionAttributeValues: { ':t': { SS: ['x', 'y'] } },
      }),
    );
    const result = await client.send(
      new UpdateItemCommand({
        TableName: 'app',
        Key: { PK: { S: 'a' }, SK: { S: 'b' } },
        UpdateExpression: 'DELETE tags :t',
        ExpressionAttributeValues: { ':t': { SS: ['x'] } },
        ReturnValues: 'ALL_NEW',
      }),
    );
    expect(result.Attributes?.tags).toEqual({ SS: ['y'] });
  });
});
