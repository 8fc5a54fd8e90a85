import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { INestApplication } from '@nestjs/common';

/**
 * Closes the app and returns the DynamoDB clients destroyed meanwhile: the ones the app's
 * connections were given, destroyed by MonotableModule's shutdown hook.
 */
export async function closeApp(app: INestApplication): Promise<DynamoDBClient[]> {
  const destroy = jest.spyOn(DynamoDBClient.prototype, 'destroy');
  try {
    await app.close();
    return [...new Set(destroy.mock.contexts as DynamoDBClient[])];
  } finally {
    destroy.mockRestore();
  }
}
