import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Module, type FactoryProvider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { ShopConfigService } from '../config';
import { createDynamoDBBackend } from './create-dynamodb-backend';
import { DYNAMODB_BACKEND, type DynamoDBBackend } from './dynamodb-backend';

/**
 * The configured backend, under DYNAMODB_BACKEND. A test replaces it with
 * `overrideProvider(DYNAMODB_BACKEND).useValue({ client, engine })`.
 */
const dynamoDBBackendProvider: FactoryProvider<Promise<DynamoDBBackend>> = {
  provide: DYNAMODB_BACKEND,
  inject: [ConfigService],
  useFactory: (config: ShopConfigService) =>
    createDynamoDBBackend(config.getOrThrow('shop', { infer: true })),
};

/** The backend's client, under its class; the monotable connection destroys it on shutdown. */
const dynamoDBClientProvider: FactoryProvider<DynamoDBClient> = {
  provide: DynamoDBClient,
  inject: [DYNAMODB_BACKEND],
  useFactory: (backend: DynamoDBBackend) => backend.client,
};

@Module({
  providers: [dynamoDBBackendProvider, dynamoDBClientProvider],
  exports: [DYNAMODB_BACKEND, DynamoDBClient],
})
export class DynamoDBClientModule {}
