import {
  getEntityMetadata,
  validateEntities,
  type EntityMetadata,
  type Table,
} from '@monotable/core';
import { CliError, explainError } from '../errors';

/** The entity model a command works on: one table and the entities stored in it. */
export interface Model {
  table: Table;
  /** Physical name: `--table`, else the Table definition's name. */
  tableName: string;
  entities: Function[];
  metadata: EntityMetadata[];
}

/** Validates the entities as one model (as a connection would at startup) on their one table. */
export function buildModel(entities: Function[], tableName?: string): Model {
  const unique = [...new Set(entities)];
  if (!unique.length) {
    throw new CliError(
      'No entities: pass --entities <module> with a compiled module exporting @Entity classes',
    );
  }
  const tables = [...new Set(unique.map((entity) => getEntityMetadata(entity).table))];
  const names = [...new Set(tables.map((table) => table.name))];
  if (names.length > 1) {
    throw new CliError(
      `The entities belong to ${names.length} tables (${names.join(', ')}); monotable works on one ` +
        `table at a time: pass only the modules of one table`,
    );
  }
  const table = tables[0];
  try {
    const metadata = validateEntities(unique, table);
    return { table, tableName: tableName ?? table.name, entities: unique, metadata };
  } catch (error) {
    throw explainError(error);
  }
}
