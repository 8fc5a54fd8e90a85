import type {
  InjectionToken,
  ModuleMetadata,
  OptionalFactoryDependency,
  Provider,
  Type,
} from '@nestjs/common';
import type { MonotableConnectionOptions } from './monotable-module-options.interface';

/** A class that builds connection options, for `forRootAsync({ useClass | useExisting })`. */
export interface MonotableOptionsFactory {
  createMonotableOptions(
    connectionName: string,
  ): MonotableConnectionOptions | Promise<MonotableConnectionOptions>;
}

/**
 * Options of `MonotableModule.forRootAsync()`: exactly one of `useFactory`, `useClass` or
 * `useExisting` provides the connection options.
 *
 * @example
 * MonotableModule.forRootAsync({
 *   imports: [ConfigModule],
 *   inject: [ConfigService],
 *   useFactory: (config: ConfigService) => ({ client: ..., table: ShopTable, tableName: config.get('TABLE') }),
 * })
 */
export interface MonotableModuleAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
  /** Names the connection; it must be known before the options are, hence it lives here. */
  name?: string;
  useFactory?: (...args: any[]) => MonotableConnectionOptions | Promise<MonotableConnectionOptions>;
  inject?: Array<InjectionToken | OptionalFactoryDependency>;
  /** Instantiated inside the core module; its dependencies must come from `imports`. */
  useClass?: Type<MonotableOptionsFactory>;
  /** A provider exported by one of `imports`. */
  useExisting?: Type<MonotableOptionsFactory>;
  /** More providers for the core module, e.g. what `useClass` depends on. */
  extraProviders?: Provider[];
}
