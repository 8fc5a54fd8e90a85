import type { Table } from '../table';
import { findKeyCollisions } from './check-key-collisions';
import { checkTableIndexes } from './check-table-indexes';
import { checkIndexKeyTypes } from './index-key-types';
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

/** The entities of a connection as far as they could be built, and every problem found. */
export interface InspectedEntities {
  /**
   * The entities on the table. Complete when `problems` is empty; otherwise some may be
   * partial (see BuiltEntity): use them only for further checks, then raise `problems`.
   */
  metadata: EntityMetadata[];
  problems: string[];
}

/**
 * Startup validation of an entity model on one table, without throwing: each entity's own
 * rules (attribute types, key templates, indexes), the table's own indexes, and the rules
 * between entities (unique names, keys that cannot collide, one type per multi-attribute index
 * key attribute). Every problem of every entity is listed, once.
 *
 * @example
 * const { metadata, problems } = inspectEntities([Customer, Order, Product], AppTable);
 */
export function inspectEntities(entities: Function[], table: Table): InspectedEntities {
  const problems: string[] = checkTableIndexes(table);
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
  problems.push(...findKeyCollisions(metadata), ...checkIndexKeyTypes(table, metadata));
  // An embedded class shared by two entities reports its problems once.
  return { metadata, problems: [...new Set(problems)] };
}

/**
 * Startup validation of an entity model on one table (see inspectEntities). Throws one
 * ConfigurationError listing every problem of every entity.
 *
 * @example
 * const metadata = validateEntities([Customer, Order, Product], AppTable);
 */
export function validateEntities(entities: Function[], table: Table): EntityMetadata[] {
  const { metadata, problems } = inspectEntities(entities, table);
  raiseProblems(problems, `the entities of table ${table.name}`);
  return metadata;
}
