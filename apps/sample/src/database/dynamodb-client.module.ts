import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Module, type FactoryProvider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { ShopConfigService } from '../config';
import { createDynamoDBClient } from './create-dynamodb-client';

/**
 * The DynamoDBClient of the configured backend, provided under its class. A test replaces it
 * with `overrideProvider(DynamoDBClient).useValue(client)`; the monotable connection owns it
 * and destroys it when the application shuts down.
 */
const dynamoDBClientProvider: FactoryProvider<Promise<DynamoDBClient>> = {
  provide: DynamoDBClient,
  inject: [ConfigService],
  useFactory: (config: ShopConfigService) =>
    createDynamoDBClient(config.getOrThrow('shop', { infer: true })),
};

@Module({ providers: [dynamoDBClientProvider], exports: [DynamoDBClient] })
export class DynamoDBClientModule {}
