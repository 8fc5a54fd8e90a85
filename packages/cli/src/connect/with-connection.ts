import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Monotable } from '@monotable/core';
import { explainError } from '../errors';
import type { Model } from '../load';
import type { ConnectionOptions } from '../options/common-options';
import { targetOf, type Target } from './target';

export interface Connection {
  db: Monotable;
  client: DynamoDBClient;
  target: Target;
}

/**
 * Runs `work` with a connection to the model's table, closes it afterwards, and turns any
 * failure into a one-line error naming the table and the endpoint. Credentials and region come
 * from the standard AWS chain (environment, profile, ...), nothing is sent until `work` does.
 */
export async function withConnection<R>(
  model: Model,
  options: Pick<ConnectionOptions, 'endpoint' | 'region'>,
  work: (connection: Connection) => Promise<R>,
): Promise<R> {
  const target = targetOf(model.tableName, options);
  const client = new DynamoDBClient({
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.region ? { region: options.region } : {}),
  });
  try {
    const db = new Monotable({
      client,
      table: model.table,
      tableName: model.tableName,
      entities: model.entities as Array<new () => object>,
    });
    return await work({ db, client, target });
  } catch (error) {
    throw explainError(error, target);
  } finally {
    client.destroy();
  }
}
