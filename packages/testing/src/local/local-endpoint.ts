import { DynamoDBLocalError } from './dynamodb-local-error';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * Throws unless `endpoint` points at this machine, so a test can never write to a real
 * DynamoDB table by accident (a leaked AWS profile, a wrong environment variable).
 *
 * @example assertLocalEndpoint('http://127.0.0.1:8000'); // ok
 */
export function assertLocalEndpoint(endpoint: string): void {
  let host: string;
  try {
    host = new URL(endpoint).hostname.toLowerCase();
  } catch (error) {
    throw new DynamoDBLocalError(
      'NON_LOCAL_ENDPOINT',
      `Test endpoint "${endpoint}" is not a valid URL; use e.g. http://127.0.0.1:8000.`,
      { cause: error },
    );
  }
  if (!LOCAL_HOSTS.has(host)) {
    throw new DynamoDBLocalError(
      'NON_LOCAL_ENDPOINT',
      `Refusing to create a test client for "${endpoint}": test clients may only reach ` +
        'localhost, 127.0.0.1 or ::1. Point the test at DynamoDB Local or the in-process engine.',
    );
  }
}
