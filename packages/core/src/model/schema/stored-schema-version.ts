import type { EntityMetadata } from '../metadata/types';

/** The schema version an item was written at; items written before versioning count as 1. */
export function storedSchemaVersion(meta: EntityMetadata, item: Record<string, unknown>): number {
  const version = item[meta.table.schemaVersionAttribute];
  return typeof version === 'number' ? version : 1;
}
