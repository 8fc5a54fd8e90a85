import type { Monotable, MonotableOptions } from '@monotable/core';

type RequestHandlerConfig = { requestHandler?: { destroy?: () => void } };

/**
 * Closes a connection and the DynamoDB client it was given. `Monotable.destroy()` closes its
 * DynamoDBDocumentClient, but lib-dynamodb's `DynamoDBDocumentClient.destroy()` does nothing
 * (the wrapped client owns the sockets), so the client from the options is destroyed here as
 * well; for a DocumentClient, the request handler it shares with its wrapped client is.
 */
export function closeMonotableConnection(db: Monotable, client: MonotableOptions['client']): void {
  db.destroy();
  client.destroy();
  // Idempotent: smithy's Client.destroy() calls the same handler's destroy().
  (client.config as RequestHandlerConfig).requestHandler?.destroy?.();
}
