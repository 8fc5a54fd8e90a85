import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { LOCAL_CREDENTIALS } from '@monotable/testing';
import { Injectable, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import type { MonotableConnectionOptions, MonotableOptionsFactory } from '../../src';
import { ShopTable } from './shop.model';

/** Configuration as an app would read it from its environment. */
export function shopConfigModule(
  values: { DYNAMODB_ENDPOINT: string; TABLE_NAME: string },
  isGlobal = false,
) {
  return ConfigModule.forRoot({ ignoreEnvFile: true, isGlobal, load: [() => values] });
}

/** Connection options built from configuration, as a production app would. */
export function shopOptionsFrom(config: ConfigService): MonotableConnectionOptions {
  return {
    client: new DynamoDBClient({
      endpoint: config.getOrThrow<string>('DYNAMODB_ENDPOINT'),
      region: 'local',
      credentials: LOCAL_CREDENTIALS,
    }),
    table: ShopTable,
    tableName: config.getOrThrow<string>('TABLE_NAME'),
    autoLoadEntities: true,
    createTableIfMissing: true,
  };
}

/** For `forRootAsync({ useClass })` and `({ useExisting })`. */
@Injectable()
export class ShopMonotableConfig implements MonotableOptionsFactory {
  readonly connectionNames: string[] = [];

  constructor(private readonly config: ConfigService) {}

  createMonotableOptions(connectionName: string): MonotableConnectionOptions {
    this.connectionNames.push(connectionName);
    return shopOptionsFrom(this.config);
  }
}

/** Exports a ShopMonotableConfig for `forRootAsync({ useExisting })`. */
@Module({ providers: [ShopMonotableConfig], exports: [ShopMonotableConfig] })
export class ShopMonotableConfigModule {}
