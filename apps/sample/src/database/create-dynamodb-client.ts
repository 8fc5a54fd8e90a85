import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ShopSettings } from '../config';

/** Credentials DynamoDB Local accepts when no AWS credentials are configured. */
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/** The client for the configured backend. */
export async function createDynamoDBClient(
  settings: ShopSettings,
  env: NodeJS.ProcessEnv = process.env,
): Promise<DynamoDBClient> {
  switch (settings.backend) {
    case 'memory': {
      // The embedded default (`npm start` with nothing configured) is the in-process engine of
      // @monotable/testing, which is why that package is a dependency of the app and not a dev
      // dependency. It is imported here only, and only when no DynamoDB is configured, so a
      // deployment with DYNAMODB_ENDPOINT or DYNAMODB_BACKEND=aws never loads it.
      const { MemoryDynamoDB } = await import('@monotable/testing');
      return new MemoryDynamoDB({ recordRequests: false }).createClient();
    }
    case 'endpoint':
      return new DynamoDBClient({
        endpoint: settings.endpoint,
        region: settings.region ?? 'local',
        ...(env.AWS_ACCESS_KEY_ID || env.AWS_PROFILE ? {} : { credentials: LOCAL_CREDENTIALS }),
      });
    case 'aws':
      return new DynamoDBClient({ endpoint: settings.endpoint, region: settings.region });
  }
}
