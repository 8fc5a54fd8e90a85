import { ConfigurationError, type Monotable } from '@monotable/core';
import type { FactoryProvider, Provider } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { getMonotableToken } from './common';
import {
  assertUniqueConnectionName,
  collectFeatureEntities,
  createMonotableConnection,
} from './connection';
import type {
  MonotableConnectionOptions,
  MonotableModuleAsyncOptions,
  MonotableOptionsFactory,
} from './interfaces';
import { MONOTABLE_CONNECTION_NAME, MONOTABLE_MODULE_OPTIONS } from './monotable.constants';
import { registerOpenConnection } from './transactions/live-connections';

/** The connection, built once its options are resolved and every module has been scanned. */
export function createConnectionProvider(connectionName: string): FactoryProvider<Monotable> {
  return {
    provide: getMonotableToken(connectionName),
    useFactory: async (options: MonotableConnectionOptions, discovery: DiscoveryService) => {
      assertUniqueConnectionName(discovery, connectionName);
      const db = await createMonotableConnection(
        options,
        collectFeatureEntities(discovery, connectionName),
        connectionName,
      );
      registerOpenConnection(connectionName, db);
      return db;
    },
    inject: [MONOTABLE_MODULE_OPTIONS, DiscoveryService],
  };
}

export function createConnectionNameProvider(connectionName: string): Provider {
  return { provide: MONOTABLE_CONNECTION_NAME, useValue: connectionName };
}

/** The options provider of `forRootAsync`, from `useFactory`, `useClass` or `useExisting`. */
export function createAsyncOptionsProviders(
  options: MonotableModuleAsyncOptions,
  connectionName: string,
): Provider[] {
  if (options.useFactory) {
    return [
      {
        provide: MONOTABLE_MODULE_OPTIONS,
        useFactory: options.useFactory,
        inject: options.inject ?? [],
      },
    ];
  }
  const factoryClass = options.useClass ?? options.useExisting;
  if (!factoryClass) {
    throw new ConfigurationError(
      `MonotableModule.forRootAsync() for the "${connectionName}" connection needs useFactory, useClass or useExisting`,
    );
  }
  const optionsProvider: Provider = {
    provide: MONOTABLE_MODULE_OPTIONS,
    useFactory: (factory: MonotableOptionsFactory) =>
      factory.createMonotableOptions(connectionName),
    inject: [factoryClass],
  };
  return options.useClass
    ? [optionsProvider, { provide: options.useClass, useClass: options.useClass }]
    : [optionsProvider];
}
