import type { EntityMetadata } from '../metadata/types';

const tableAttributes = new WeakMap<EntityMetadata, Set<string>>();

/** Attributes monotable itself manages on every item: keys, discriminator, schema version. */
function managedAttributes(meta: EntityMetadata): Set<string> {
  let names = tableAttributes.get(meta);
  if (!names) {
    const { table } = meta;
    names = new Set([table.entityTypeAttribute, table.schemaVersionAttribute, table.partitionKey]);
    if (table.sortKey) names.add(table.sortKey);
    for (const index of Object.values(table.indexes)) {
      names.add(index.partitionKey);
      if (index.sortKey) names.add(index.sortKey);
    }
    for (const attribute of meta.attributes.values()) names.add(attribute.attributeName);
    tableAttributes.set(meta, names);
  }
  return names;
}

/**
 * What a migration function receives: a plain object keyed by PROPERTY names, holding the
 * properties the entity class declares (read as on any get: dates as Date, ...) plus the stored
 * attributes the class no longer declares, under their stored names and as stored — that is
 * where a renamed or split property of an older version is found.
 */
export function migrationInput(
  meta: EntityMetadata,
  item: Record<string, unknown>,
  entity: object,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const managed = managedAttributes(meta);
  for (const [name, value] of Object.entries(item)) if (!managed.has(name)) input[name] = value;
  return Object.assign(input, entity);
}
