import type { Monotable } from '@monotable/core';
import {
  Global,
  Inject,
  Module,
  type DynamicModule,
  type ModuleMetadata,
  type OnApplicationShutdown,
  type Provider,
} from '@nestjs/common';
import { DiscoveryModule, ModuleRef } from '@nestjs/core';
import { getMonotableToken } from './common';
import { closeMonotableConnection } from './connection';
import type {
  MonotableConnectionOptions,
  MonotableModuleAsyncOptions,
  MonotableModuleOptions,
} from './interfaces';
import {
  createAsyncOptionsProviders,
  createConnectionNameProvider,
  createConnectionProvider,
} from './monotable-connection.providers';
import {
  DEFAULT_CONNECTION_NAME,
  MONOTABLE_CONNECTION_NAME,
  MONOTABLE_MODULE_OPTIONS,
} from './monotable.constants';

/**
 * Owns one connection: builds it, exports it to the whole application, and destroys its
 * client when the application shuts down. One instance per connection name.
 */
@Global()
@Module({})
export class MonotableCoreModule implements OnApplicationShutdown {
  constructor(
    @Inject(MONOTABLE_CONNECTION_NAME) private readonly connectionName: string,
    private readonly moduleRef: ModuleRef,
  ) {}

  static forRoot(options: MonotableModuleOptions): DynamicModule {
    const { name = DEFAULT_CONNECTION_NAME, ...connectionOptions } = options;
    return MonotableCoreModule.define(
      name,
      [],
      [{ provide: MONOTABLE_MODULE_OPTIONS, useValue: connectionOptions }],
    );
  }

  static forRootAsync(options: MonotableModuleAsyncOptions): DynamicModule {
    const name = options.name ?? DEFAULT_CONNECTION_NAME;
    return MonotableCoreModule.define(name, options.imports ?? [], [
      ...createAsyncOptionsProviders(options, name),
      ...(options.extraProviders ?? []),
    ]);
  }

  private static define(
    connectionName: string,
    imports: NonNullable<ModuleMetadata['imports']>,
    optionsProviders: Provider[],
  ): DynamicModule {
    const connectionProvider = createConnectionProvider(connectionName);
    return {
      module: MonotableCoreModule,
      imports: [DiscoveryModule, ...imports],
      providers: [
        createConnectionNameProvider(connectionName),
        ...optionsProviders,
        connectionProvider,
      ],
      exports: [connectionProvider.provide],
    };
  }

  onApplicationShutdown(): void {
    const db = this.moduleRef.get<Monotable>(getMonotableToken(this.connectionName));
    const options = this.moduleRef.get<MonotableConnectionOptions>(MONOTABLE_MODULE_OPTIONS);
    closeMonotableConnection(db, options.client);
  }
}
