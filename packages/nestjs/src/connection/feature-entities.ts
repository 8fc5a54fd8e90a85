import type { DiscoveryService } from '@nestjs/core';
import type { EntityClass } from '../interfaces';
import { MONOTABLE_FEATURE_ENTITIES } from '../monotable.constants';

/** What one `forFeature()` call registered. */
export interface FeatureEntities {
  connectionName: string;
  entities: EntityClass[];
}

/**
 * The entities every `forFeature()` of this application registered for a connection.
 *
 * Monotable validates its entities when it is constructed, so they must all be known before the
 * connection provider runs. Instead of a process-wide registry filled as modules are declared
 * (which would leak entities between two applications of one process, e.g. in tests), each
 * `forFeature()` module carries its list as a value provider, and the connection factory reads
 * them back from the application's scanned modules: scanning is complete before any provider
 * is instantiated.
 */
export function collectFeatureEntities(
  discovery: DiscoveryService,
  connectionName: string,
): EntityClass[] {
  const entities = discovery
    .getProviders()
    .filter((wrapper) => wrapper.token === MONOTABLE_FEATURE_ENTITIES)
    .map((wrapper) => wrapper.instance as FeatureEntities)
    .filter((feature) => feature.connectionName === connectionName)
    .flatMap((feature) => feature.entities);
  return [...new Set(entities)];
}
