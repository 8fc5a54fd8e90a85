import { CreateTableCommand, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { readShopSettings } from '../config';
import type * as Subject from './create-dynamodb-backend';

describe('createDynamoDBBackend', () => {
  // Counts the loads of @monotable/testing (the real module is returned), from the moment the
  // module under test is loaded: an import at its top would count too.
  const engineLoads = jest.fn();
  let createDynamoDBBackend: typeof Subject.createDynamoDBBackend;
  beforeAll(() => {
    jest.doMock('@monotable/testing', () => {
      engineLoads();
      return jest.requireActual('@monotable/testing');
    });
    ({ createDynamoDBBackend } = jest.requireActual<typeof Subject>('./create-dynamodb-backend'));
  });

  test('a DynamoDB endpoint or AWS never loads the in-process engine', async () => {
    const local = await createDynamoDBBackend(
      readShopSettings({ DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' }),
      {},
    );
    const aws = await createDynamoDBBackend(
      readShopSettings({ DYNAMODB_BACKEND: 'aws', AWS_REGION: 'eu-west-1' }),
      {},
    );
    expect(await local.client.config.endpoint?.()).toMatchObject({
      hostname: '127.0.0.1',
      port: 8000,
    });
    expect(await aws.client.config.region()).toBe('eu-west-1');
    expect([local.engine, aws.engine]).toEqual([undefined, undefined]);
    expect(engineLoads).not.toHaveBeenCalled();
    local.client.destroy();
    aws.client.destroy();
  });

  test('with nothing configured, the in-process engine is loaded and kept beside its client', async () => {
    const { client, engine } = await createDynamoDBBackend(readShopSettings({}), {});
    expect(engineLoads).toHaveBeenCalledTimes(1);
    expect(await client.send(new ListTablesCommand({}))).toMatchObject({ TableNames: [] });
    // The engine is the one the client writes to: the app reads the table's stream from it.
    await client.send(
      new CreateTableCommand({
        TableName: 'shop',
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [{ AttributeName: 'PK', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'PK', AttributeType: 'S' }],
      }),
    );
    const seen = await engine!.createClient().send(new ListTablesCommand({}));
    expect(seen.TableNames).toEqual(['shop']);
    client.destroy();
  });
});
