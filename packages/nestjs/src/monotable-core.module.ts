import type { Monotable } from '@monotable/core';
import {
  Global,
  Inject,
  Module,
  type DynamicModule,
  type ModuleMetadata,
  type OnApplicationShutdown,
  type OnModuleInit,
  type Provider,
} from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, ModuleRef } from '@nestjs/core';
import { getMonotableToken } from './common';
import { closeMonotableConnection } from './connection';
import { attachTransactionalConnections } from './transactions';
import { unregisterOpenConnection } from './transactions/live-connections';
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
export class MonotableCoreModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(MONOTABLE_CONNECTION_NAME) private readonly connectionName: string,
    private readonly moduleRef: ModuleRef,
    private readonly discovery: DiscoveryService,
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

  /** Gives the @Transactional() methods of the application's singletons this connection. */
  onModuleInit(): void {
    const db = this.moduleRef.get<Monotable>(getMonotableToken(this.connectionName));
    attachTransactionalConnections(this.discovery, this.connectionName, db);
  }

  onApplicationShutdown(): void {
    const db = this.moduleRef.get<Monotable>(getMonotableToken(this.connectionName));
    const options = this.moduleRef.get<MonotableConnectionOptions>(MONOTABLE_MODULE_OPTIONS);
    unregisterOpenConnection(this.connectionName, db);
    closeMonotableConnection(db, options.client);
  }
}
