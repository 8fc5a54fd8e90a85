import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ShopSettings } from './shop-settings';

/** Credentials DynamoDB Local accepts when no AWS credentials are configured. */
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/** The client for the configured backend. */
export async function createDynamoDBClient(
  settings: ShopSettings,
  env: NodeJS.ProcessEnv = process.env,
): Promise<DynamoDBClient> {
  switch (settings.backend) {
    case 'memory': {
      // Loaded only here: a deployment against DynamoDB never loads the engine.
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
