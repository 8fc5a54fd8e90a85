import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  ListTablesCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createEngine, createTable, errorOf, gsi } from './engine-test-kit';

// Messages are DynamoDB Local's, the oracle of the conformance suite.
describe('table operations through a real DynamoDBClient', () => {
  it('creates a table that is ACTIVE at once and describes it like DynamoDB', async () => {
    const { client } = createEngine();
    const index = gsi('GSI1', { ProjectionType: 'INCLUDE', NonKeyAttributes: ['name'] });
    const created = await client.send(
      new CreateTableCommand({
        TableName: 'app',
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: 'PK', KeyType: 'HASH' },
          { AttributeName: 'SK', KeyType: 'RANGE' },
        ],
        AttributeDefinitions: [{ AttributeName: 'PK', AttributeType: 'S' }, { AttributeName: 'SK', AttributeType: 'S' }, ...index.attributes],
        GlobalSecondaryIndexes: [index.index],
      }),
    );
    expect(created.TableDescription?.TableStatus).toBe('ACTIVE');

    const { Table: table } = await client.send(new DescribeTableCommand({ TableName: 'app' }));
    expect(table).toMatchObject({
      TableName: 'app',
      TableStatus: 'ACTIVE',
      ItemCount: 0,
      KeySchema: [
        { AttributeName: 'PK', KeyType: 'HASH' },
        { AttributeName: 'SK', KeyType: 'RANGE' },
      ],
      BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
      TableArn: 'arn:aws:dynamodb:ddblocal:000000000000:table/app',
      GlobalSecondaryIndexes: [
        {
          IndexName: 'GSI1',
          IndexStatus: 'ACTIVE',
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['name'] },
        },
      ],
    });
    expect(table?.CreationDateTime).toBeInstanceOf(Date);
  });

  it('refuses an existing table with ResourceInUseException', async () => {
    const { client } = createEngine();
    await createTable(client);
    const error = await errorOf(() => createTable(client));
    expect(error).toBeInstanceOf(ResourceInUseException);
    expect(error.message).toBe('Cannot create preexisting table');
  });

  it.each([
    [
      'a key attribute without a definition',
      { KeySchema: [{ AttributeName: 'PK', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'X', AttributeType: 'S' }] },
      'Hash Key not specified in Attribute Definitions.  Type unknown.',
    ],
    [
      'an unused attribute definition',
      {
        KeySchema: [{ AttributeName: 'PK', KeyType: 'HASH' }],
        AttributeDefinitions: [
          { AttributeName: 'PK', AttributeType: 'S' },
          { AttributeName: 'X', AttributeType: 'S' },
        ],
      },
      'The number of attributes in key schema must match the number of attributes defined in attribute definitions.',
    ],
    [
      'a RANGE key first',
      { KeySchema: [{ AttributeName: 'PK', KeyType: 'RANGE' }], AttributeDefinitions: [{ AttributeName: 'PK', AttributeType: 'S' }] },
      'No Hash Key specified in schema.  All Dynamo DB tables must have exactly one hash key',
    ],
    [
      'an invalid attribute type',
      { KeySchema: [{ AttributeName: 'PK', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'PK', AttributeType: 'X' }] },
      'Member must satisfy enum value set: [B, N, S]',
    ],
  ])('validates the key schema: %s', async (_case, schema, message) => {
    const { client } = createEngine();
    const error = await errorOf(() =>
      client.send(new CreateTableCommand({ TableName: 'bad', BillingMode: 'PAY_PER_REQUEST', ...(schema as object) } as never)),
    );
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe(message);
  });

  it('requires throughput for PROVISIONED and refuses it for PAY_PER_REQUEST', async () => {
    const { client } = createEngine();
    const base = {
      TableName: 'bad',
      KeySchema: [{ AttributeName: 'PK', KeyType: 'HASH' as const }],
      AttributeDefinitions: [{ AttributeName: 'PK', AttributeType: 'S' as const }],
    };
    expect((await errorOf(() => client.send(new CreateTableCommand(base)))).message).toBe('No provisioned throughput specified for the table');
    const error = await errorOf(() =>
      client.send(
        new CreateTableCommand({
          ...base,
          BillingMode: 'PAY_PER_REQUEST',
          ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
        }),
      ),
    );
    expect(error.message).toBe(
      'One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST',
    );
    await client.send(new CreateTableCommand({ ...base, ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } }));
    const { Table: table } = await client.send(new DescribeTableCommand({ TableName: 'bad' }));
    expect(table?.ProvisionedThroughput).toMatchObject({ ReadCapacityUnits: 5, WriteCapacityUnits: 5 });
  });

  it('validates local secondary indexes', async () => {
    const { client } = createEngine();
    const error = await errorOf(() =>
      createTable(client, {
        sortKey: false,
        extraAttributes: [{ AttributeName: 'LSI1SK', AttributeType: 'S' }],
        localIndexes: [
          {
            IndexName: 'LSI1',
            KeySchema: [
              { AttributeName: 'PK', KeyType: 'HASH' },
              { AttributeName: 'LSI1SK', KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'KEYS_ONLY' },
          },
        ],
      }),
    );
    expect(error.message).toBe('Local Secondary indices are not allowed on hash tables, only hash and range tables');
  });

  it('lists tables in pages', async () => {
    const { client } = createEngine();
    for (const name of ['ccc', 'aaa', 'bbb']) await createTable(client, { name });
    const first = await client.send(new ListTablesCommand({ Limit: 2 }));
    expect(first).toMatchObject({ TableNames: ['aaa', 'bbb'], LastEvaluatedTableName: 'bbb' });
    const second = await client.send(new ListTablesCommand({ ExclusiveStartTableName: 'bbb' }));
    expect(second.TableNames).toEqual(['ccc']);
    expect(second.LastEvaluatedTableName).toBeUndefined();
  });

  it('deletes a table; operations on a missing table fail with ResourceNotFoundException', async () => {
    const { client, documents } = createEngine();
    await createTable(client);
    const deleted = await client.send(new DeleteTableCommand({ TableName: 'app' }));
    expect(deleted.TableDescription?.TableName).toBe('app');
    const describe = await errorOf(() => client.send(new DescribeTableCommand({ TableName: 'app' })));
    expect(describe).toBeInstanceOf(ResourceNotFoundException);
    expect(describe.message).toBe('Cannot do operations on a non-existent table');
    const get = await errorOf(() => documents.send(new GetCommand({ TableName: 'app', Key: { PK: 'a', SK: 'b' } })));
    expect(get).toBeInstanceOf(ResourceNotFoundException);
    expect(get.message).toBe('Cannot do operations on a non-existent table');
  });

  it('adds a GSI with UpdateTable, back-filled from existing items, and deletes it', async () => {
    const { client, documents } = createEngine();
    await createTable(client);
    await documents.send(new PutCommand({ TableName: 'app', Item: { PK: 'c#1', SK: 'profile', email: 'a@x.io' } }));
    await documents.send(new PutCommand({ TableName: 'app', Item: { PK: 'c#2', SK: 'profile' } }));
    await client.send(
      new UpdateTableCommand({
        TableName: 'app',
        AttributeDefinitions: [{ AttributeName: 'email', AttributeType: 'S' }],
        GlobalSecondaryIndexUpdates: [
          {
            Create: {
              IndexName: 'byEmail',
              KeySchema: [{ AttributeName: 'email', KeyType: 'HASH' }],
              Projection: { ProjectionType: 'KEYS_ONLY' },
            },
          },
        ],
      }),
    );
    const found = await documents.send(
      new QueryCommand({
        TableName: 'app',
        IndexName: 'byEmail',
        KeyConditionExpression: 'email = :e',
        ExpressionAttributeValues: { ':e': 'a@x.io' },
      }),
    );
    expect(found.Items).toEqual([{ PK: 'c#1', SK: 'profile', email: 'a@x.io' }]);
    const { Table: table } = await client.send(new DescribeTableCommand({ TableName: 'app' }));
    expect(table?.GlobalSecondaryIndexes?.[0]).toMatchObject({ IndexName: 'byEmail', ItemCount: 1, IndexStatus: 'ACTIVE' });

    await client.send(new UpdateTableCommand({ TableName: 'app', GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'byEmail' } }] }));
    const gone = await errorOf(() =>
      documents.send(
        new QueryCommand({
          TableName: 'app',
          IndexName: 'byEmail',
          KeyConditionExpression: 'email = :e',
          ExpressionAttributeValues: { ':e': 'a@x.io' },
        }),
      ),
    );
    expect(gone.message).toBe('The table does not have the specified index: byEmail');
  });

  it('enables TTL; expired items disappear from reads', async () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const { client, documents, engine } = createEngine({ clock: () => now });
    await createTable(client);
    await client.send(new UpdateTimeToLiveCommand({ TableName: 'app', TimeToLiveSpecification: { Enabled: true, AttributeName: 'expiresAt' } }));
    const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: 'app' }));
    expect(ttl.TimeToLiveDescription).toEqual({ TimeToLiveStatus: 'ENABLED', AttributeName: 'expiresAt' });
    const expiresAt = now.getTime() / 1000 + 60;
    await documents.send(new PutCommand({ TableName: 'app', Item: { PK: 's', SK: '1', expiresAt } }));
    await documents.send(new PutCommand({ TableName: 'app', Item: { PK: 's', SK: '2' } }));
    expect((await documents.send(new GetCommand({ TableName: 'app', Key: { PK: 's', SK: '1' } }))).Item).toBeDefined();

    engine.clock.advance(61_000);
    expect((await documents.send(new GetCommand({ TableName: 'app', Key: { PK: 's', SK: '1' } }))).Item).toBeUndefined();
    const remaining = await documents.send(
      new QueryCommand({ TableName: 'app', KeyConditionExpression: 'PK = :p', ExpressionAttributeValues: { ':p': 's' } }),
    );
    expect(remaining.Items).toEqual([{ PK: 's', SK: '2' }]);

    const again = await errorOf(() =>
      client.send(new UpdateTimeToLiveCommand({ TableName: 'app', TimeToLiveSpecification: { Enabled: true, AttributeName: 'expiresAt' } })),
    );
    expect(again.message).toBe('TimeToLive is already enabled');
  });
});

describe('TTL and indexes', () => {
  it('hides expired items from a KEYS_ONLY index that does not hold the TTL attribute', async () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const { client, documents, engine } = createEngine({ clock: () => now });
    const index = gsi('GSI1', { ProjectionType: 'KEYS_ONLY' });
    await createTable(client, { globalIndexes: [index.index], extraAttributes: index.attributes });
    await client.send(new UpdateTimeToLiveCommand({ TableName: 'app', TimeToLiveSpecification: { Enabled: true, AttributeName: 'ttl' } }));
    await documents.send(
      new PutCommand({ TableName: 'app', Item: { PK: 'a', SK: '1', GSI1PK: 'g', GSI1SK: '1', ttl: now.getTime() / 1000 + 10 } }),
    );
    const byIndex = () =>
      documents.send(
        new QueryCommand({ TableName: 'app', IndexName: 'GSI1', KeyConditionExpression: 'GSI1PK = :g', ExpressionAttributeValues: { ':g': 'g' } }),
      );
    expect((await byIndex()).Count).toBe(1);
    engine.clock.advance(11_000);
    expect((await byIndex()).Count).toBe(0);
  });
});
