import { fromItem } from '.';
import type { EntityMetadata } from '../metadata/types';
import { upgradeEntity } from '../schema/upgrade-entity';

/**
 * A stored item as an instance of its entity class (the one place reads turn into entities).
 * Items written at an older schema version are upgraded in memory through the entity's
 * migrations; the next write stores the new shape.
 */
export function hydrate<T>(meta: EntityMetadata, item: Record<string, unknown>): T {
  return upgradeEntity(meta, item, fromItem<T>(meta, item));
}
