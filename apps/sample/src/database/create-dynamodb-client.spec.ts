import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { readShopSettings } from '../config';
import type * as Subject from './create-dynamodb-client';

describe('createDynamoDBClient', () => {
  // Counts the loads of @monotable/testing (the real module is returned), from the moment the
  // module under test is loaded: an import at its top would count too.
  const engineLoads = jest.fn();
  let createDynamoDBClient: typeof Subject.createDynamoDBClient;
  beforeAll(() => {
    jest.doMock('@monotable/testing', () => {
      engineLoads();
      return jest.requireActual('@monotable/testing');
    });
    ({ createDynamoDBClient } = jest.requireActual<typeof Subject>('./create-dynamodb-client'));
  });

  test('a DynamoDB endpoint or AWS never loads the in-process engine', async () => {
    const local = await createDynamoDBClient(
      readShopSettings({ DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' }),
      {},
    );
    const aws = await createDynamoDBClient(
      readShopSettings({ DYNAMODB_BACKEND: 'aws', AWS_REGION: 'eu-west-1' }),
      {},
    );
    expect(await local.config.endpoint?.()).toMatchObject({ hostname: '127.0.0.1', port: 8000 });
    expect(await aws.config.region()).toBe('eu-west-1');
    expect(engineLoads).not.toHaveBeenCalled();
    local.destroy();
    aws.destroy();
  });

  test('with nothing configured, the in-process engine is loaded and answers', async () => {
    const client = await createDynamoDBClient(readShopSettings({}), {});
    expect(engineLoads).toHaveBeenCalledTimes(1);
    expect(await client.send(new ListTablesCommand({}))).toMatchObject({ TableNames: [] });
    client.destroy();
  });
});
