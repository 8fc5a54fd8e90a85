import { Module, type DynamicModule } from '@nestjs/common';
import type {
  EntityClass,
  MonotableModuleAsyncOptions,
  MonotableModuleOptions,
} from './interfaces';
import { DEFAULT_CONNECTION_NAME } from './monotable.constants';
import { MonotableCoreModule } from './monotable-core.module';
import {
  createFeatureEntitiesProvider,
  createMonotableRepositoryProviders,
} from './monotable.providers';

/**
 * monotable for NestJS: `forRoot`/`forRootAsync` once per connection (usually in AppModule),
 * `forFeature` in each module that needs repositories.
 *
 * @example
 * @Module({
 *   imports: [
 *     MonotableModule.forRoot({ client: new DynamoDBClient({}), table: ShopTable, autoLoadEntities: true }),
 *     MonotableModule.forFeature([Customer, Order]),
 *   ],
 * })
 * export class AppModule {}
 */
@Module({})
export class MonotableModule {
  /** Opens a connection from options known up front. */
  static forRoot(options: MonotableModuleOptions): DynamicModule {
    return { module: MonotableModule, imports: [MonotableCoreModule.forRoot(options)] };
  }

  /** Opens a connection from options built by a factory or a class (configuration, secrets). */
  static forRootAsync(options: MonotableModuleAsyncOptions): DynamicModule {
    return { module: MonotableModule, imports: [MonotableCoreModule.forRootAsync(options)] };
  }

  /** Provides `Repository<T>` for each entity, injectable with `@InjectRepository(Entity)`. */
  static forFeature(
    entities: EntityClass[] = [],
    connectionName: string = DEFAULT_CONNECTION_NAME,
  ): DynamicModule {
    const repositoryProviders = createMonotableRepositoryProviders(entities, connectionName);
    return {
      module: MonotableModule,
      providers: [createFeatureEntitiesProvider(entities, connectionName), ...repositoryProviders],
      exports: repositoryProviders,
    };
  }
}
