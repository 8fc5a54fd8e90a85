import { factsOf } from '../../model/entity-model';
import type { AttributeMetadata, EntityMetadata } from '../../model/metadata/types';

/** The @Unique attributes of an entity. */
export function uniqueAttributes(meta: EntityMetadata): readonly AttributeMetadata[] {
  return factsOf(meta).uniqueAttributes;
}

/**
 * Attributes whose stored values the markers depend on: the @Unique ones, and the @Ttl one
 * (markers expire with their item), when the entity has any @Unique attribute.
 */
export function markerAttributes(meta: EntityMetadata): readonly AttributeMetadata[] {
  return factsOf(meta).markerAttributes;
}
