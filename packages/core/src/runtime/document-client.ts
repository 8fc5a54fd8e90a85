import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const DOCUMENT_CLIENT_CLASS = 'DynamoDBDocumentClient';

/**
 * Whether `client` is a DynamoDBDocumentClient (or a DynamoDBDocument), also when it comes
 * from another copy of `@aws-sdk/lib-dynamodb` than monotable's, where `instanceof` is false:
 * then a class named DynamoDBDocumentClient in its prototype chain tells.
 */
export function isDocumentClient(
  client: DynamoDBClient | DynamoDBDocumentClient,
): client is DynamoDBDocumentClient {
  if (client instanceof DynamoDBDocumentClient) return true;
  for (let proto = Object.getPrototypeOf(client); proto; proto = Object.getPrototypeOf(proto)) {
    if (proto.constructor?.name === DOCUMENT_CLIENT_CLASS) return true;
  }
  return false;
}

/**
 * The DocumentClient monotable sends through: the one given, or a plain client wrapped with
 * the marshalling monotable's writes rely on.
 */
export function toDocumentClient(
  client: DynamoDBClient | DynamoDBDocumentClient,
): DynamoDBDocumentClient {
  if (isDocumentClient(client)) return client;
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: true },
  });
}
