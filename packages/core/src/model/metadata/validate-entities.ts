import type { Table } from '../table';
import { findKeyCollisions } from './check-key-collisions';
import { metadataRegistry } from './metadata-registry';
import { raiseProblems } from './raise-problems';
import type { EntityMetadata } from './types';

function checkTable(meta: EntityMetadata, table: Table): string | undefined {
  if (meta.table === table) return undefined;
  const same =
    meta.table.name === table.name &&
    meta.table.partitionKey === table.partitionKey &&
    meta.table.sortKey === table.sortKey;
  return same
    ? undefined
    : `${meta.target.name} is declared on table ${meta.table.name}, but the connection uses table ${table.name}`;
}

/**
 * Startup validation of an entity model on one table: each entity's own rules (attribute
 * types, key templates, indexes) and the rules between entities (unique names, keys that
 * cannot collide). Throws one ConfigurationError listing every problem.
 *
 * @example
 * const metadata = validateEntities([Customer, Order, Product], AppTable);
 */
export function validateEntities(entities: Function[], table: Table): EntityMetadata[] {
  const problems: string[] = [];
  const metadata: EntityMetadata[] = [];
  for (const target of new Set(entities)) {
    const built = metadataRegistry.inspectEntity(target);
    problems.push(...built.problems);
    if (!built.metadata) continue;
    const tableProblem = checkTable(built.metadata, table);
    if (tableProblem) problems.push(tableProblem);
    else metadata.push(built.metadata);
  }
  const byName = new Map<string, EntityMetadata>();
  for (const meta of metadata) {
    const other = byName.get(meta.name);
    if (other) {
      problems.push(
        `${other.target.name} and ${meta.target.name} are both named '${meta.name}' (the value of ` +
          `${table.entityTypeAttribute}); give one of them another @Entity({ name })`,
      );
    }
    byName.set(meta.name, meta);
  }
  problems.push(...findKeyCollisions(metadata));
  raiseProblems(problems, `the entities of table ${table.name}`);
  return metadata;
}
