import { ttlAttribute } from '../../model/entity';
import type { AttributeMetadata, EntityMetadata } from '../../model/metadata/types';

const cache = new WeakMap<EntityMetadata, AttributeMetadata[]>();

/** The @Unique attributes of an entity. */
export function uniqueAttributes(meta: EntityMetadata): AttributeMetadata[] {
  let attributes = cache.get(meta);
  if (!attributes) {
    attributes = [...meta.attributes.values()].filter((attribute) => attribute.unique);
    cache.set(meta, attributes);
  }
  return attributes;
}

/**
 * Attributes whose stored values the markers depend on: the @Unique ones, and the @Ttl one
 * (markers expire with their item), when the entity has any @Unique attribute.
 */
export function markerAttributes(meta: EntityMetadata): AttributeMetadata[] {
  const unique = uniqueAttributes(meta);
  const ttl = ttlAttribute(meta);
  return unique.length && ttl && !ttl.unique ? [...unique, ttl] : unique;
}
