import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { assertLocalEndpoint } from './local-endpoint';

/** Credentials DynamoDB Local accepts; they never reach AWS. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/**
 * A DynamoDBClient for a local endpoint: region 'local', dummy credentials. Throws for a
 * non-local endpoint (see assertLocalEndpoint). `config` overrides the defaults.
 *
 * @example const client = createLocalClient('http://127.0.0.1:8000');
 */
export function createLocalClient(
  endpoint: string,
  config: DynamoDBClientConfig = {},
): DynamoDBClient {
  assertLocalEndpoint(endpoint);
  if (typeof config.endpoint === 'string') assertLocalEndpoint(config.endpoint);
  return new DynamoDBClient({
    region: 'local',
    credentials: LOCAL_CREDENTIALS,
    ...config,
    endpoint: config.endpoint ?? endpoint,
  });
}
