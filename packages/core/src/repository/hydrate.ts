import { fromItem } from '../mapping';
import type { EntityMetadata } from '../metadata/types';

/** A stored item as an instance of its entity class (the one place reads turn into entities). */
export function hydrate<T>(meta: EntityMetadata, item: Record<string, unknown>): T {
  return fromItem<T>(meta, item);
}
