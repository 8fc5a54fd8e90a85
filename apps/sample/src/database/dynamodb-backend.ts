import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Inject } from '@nestjs/common';
import type { MemoryDynamoDB } from '@monotable/testing';

/** The DynamoDB the shop talks to: its client and, on the embedded default, the engine behind it. */
export interface DynamoDBBackend {
  client: DynamoDBClient;
  /**
   * The in-process engine (the `memory` backend only). The app reads the table's stream from it
   * (src/sales/); on a real DynamoDB, Lambda reads the stream instead.
   */
  engine?: MemoryDynamoDB;
}

/** The Nest token of the DynamoDBBackend; a test overrides it to serve the app from its engine. */
export const DYNAMODB_BACKEND = Symbol('DynamoDBBackend');

/** Injects the DynamoDBBackend: `constructor(@InjectDynamoDBBackend() backend: DynamoDBBackend)`. */
export const InjectDynamoDBBackend = (): PropertyDecorator & ParameterDecorator =>
  Inject(DYNAMODB_BACKEND);
