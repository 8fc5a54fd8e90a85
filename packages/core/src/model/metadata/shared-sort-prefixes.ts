import { sortPrefixIsShared, type TemplatesOf } from '../keys/sort-prefix-overlap';
import type { EntityMetadata } from './types';

/** The key of the table itself in the result of `findSharedSortPrefixes`. */
export const TABLE_KEYS = '';

/** Whether `other` stores every one of an index's key attributes, so its items are in it too. */
function storesAll(other: EntityMetadata, keyAttributes: readonly string[]): boolean {
  const stored = new Set([...other.attributes.values()].map((a) => a.attributeName));
  return keyAttributes.every((name) => stored.has(name));
}

/**
 * For each entity, where (the table: `TABLE_KEYS`, or an index name) a Query for its items can
 * also read other entities' items: their sort keys nest under its prefix, or (a multi-attribute
 * index) they store the index's key attributes too.
 */
export function findSharedSortPrefixes(
  entities: readonly EntityMetadata[],
): Map<Function, Set<string>> {
  const shared = new Map<Function, Set<string>>();
  const of = (meta: EntityMetadata, index: string): TemplatesOf | undefined => {
    const templates = index === TABLE_KEYS ? meta.keys : meta.indexes[index];
    return templates && { templates, attributes: meta.attributes };
  };
  for (const meta of entities) {
    const places = new Set<string>();
    for (const index of [TABLE_KEYS, ...Object.keys(meta.indexes)]) {
      const others = entities
        .filter((other) => other !== meta && other.table.name === meta.table.name)
        .map((other) => of(other, index))
        .filter((other): other is TemplatesOf => other !== undefined);
      if (sortPrefixIsShared(of(meta, index)!, others)) places.add(index);
    }
    for (const index of Object.keys(meta.attributeIndexes)) {
      const { partitionKey, sortKey } = meta.table.keySchema(index);
      const others = entities.filter(
        (other) => other !== meta && other.table.name === meta.table.name,
      );
      if (others.some((other) => storesAll(other, [...partitionKey, ...sortKey]))) {
        places.add(index);
      }
    }
    shared.set(meta.target, places);
  }
  return shared;
}
