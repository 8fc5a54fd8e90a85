import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ShopSettings } from '../config';
import type { DynamoDBBackend } from './dynamodb-backend';

/** Credentials DynamoDB Local accepts when no AWS credentials are configured. */
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/** The client for the configured backend, and the in-process engine when that is the backend. */
export async function createDynamoDBBackend(
  settings: ShopSettings,
  env: NodeJS.ProcessEnv = process.env,
): Promise<DynamoDBBackend> {
  switch (settings.backend) {
    case 'memory': {
      // The embedded default (`npm start` with nothing configured) is the in-process engine of
      // @monotable/testing, which is why that package is a dependency of the app and not a dev
      // dependency. It is imported here only, and only when no DynamoDB is configured, so a
      // deployment with DYNAMODB_ENDPOINT or DYNAMODB_BACKEND=aws never loads it.
      const { MemoryDynamoDB } = await import('@monotable/testing');
      const engine = new MemoryDynamoDB({ recordRequests: false });
      return { client: engine.createClient(), engine };
    }
    case 'endpoint':
      return {
        client: new DynamoDBClient({
          endpoint: settings.endpoint,
          region: settings.region ?? 'local',
          ...(env.AWS_ACCESS_KEY_ID || env.AWS_PROFILE ? {} : { credentials: LOCAL_CREDENTIALS }),
        }),
      };
    case 'aws':
      return {
        client: new DynamoDBClient({ endpoint: settings.endpoint, region: settings.region }),
      };
  }
}
