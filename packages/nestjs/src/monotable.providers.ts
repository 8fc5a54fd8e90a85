import { ConfigurationError, type Monotable, type Repository } from '@monotable/core';
import type { FactoryProvider, ValueProvider } from '@nestjs/common';
import { getMonotableToken, getRepositoryToken } from './common';
import type { FeatureEntities } from './connection';
import type { EntityClass } from './interfaces';
import { MONOTABLE_FEATURE_ENTITIES } from './monotable.constants';

/** One `Repository` provider per entity, each built from the named connection. */
export function createMonotableRepositoryProviders(
  entities: readonly EntityClass[],
  connectionName: string,
): FactoryProvider<Repository<any>>[] {
  return entities.map((entity) => ({
    provide: getRepositoryToken(entity, connectionName),
    useFactory: (db: Monotable) => repositoryOf(db, entity, connectionName),
    inject: [getMonotableToken(connectionName)],
  }));
}

/** Records what a `forFeature()` registered, for `autoLoadEntities` (see collectFeatureEntities). */
export function createFeatureEntitiesProvider(
  entities: readonly EntityClass[],
  connectionName: string,
): ValueProvider<FeatureEntities> {
  return {
    provide: MONOTABLE_FEATURE_ENTITIES,
    useValue: { connectionName, entities: [...entities] },
  };
}

function repositoryOf(db: Monotable, entity: EntityClass, connectionName: string) {
  if (!db.entities().some((meta) => meta.target === entity)) {
    throw new ConfigurationError(
      `MonotableModule.forFeature() registers ${entity.name}, but it is not an entity of the ` +
        `"${connectionName}" connection: add it to that connection's 'entities' or set 'autoLoadEntities: true'`,
    );
  }
  return db.getRepository(entity);
}
