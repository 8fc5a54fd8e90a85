import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { stubHandler } from '../stub-handler';

/** A client configuration whose requests are answered by a canned GetItem response. */
export const cannedClientConfig: DynamoDBClientConfig = {
  region: 'local',
  credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  requestHandler: stubHandler({
    GetItem: {
      Item: {
        PK: { S: 'CUSTOMER#c1' },
        SK: { S: 'PROFILE' },
        _type: { S: 'Customer' },
        _v: { N: '1' },
        id: { S: 'c1' },
        email: { S: 'ada@example.com' },
        name: { S: 'Ada' },
        points: { N: '0' },
        version: { N: '1' },
        createdAt: { S: '2026-12-01T00:00:00.000Z' },
      },
    },
  }) as never,
};
