import type { MigrationTransform } from '@monotable/core';

/**
 * An offline migration, as the default export of a module run by `monotable migrate <module>`.
 * Command-line options (`--segments`, `--max-writes-per-second`, `--page-size`) win over the
 * values given here.
 */
export interface MigrationDefinition<T extends object = any> {
  /** The entity whose items are migrated. */
  entity: new (...args: any[]) => T;
  /**
   * Names the migration's checkpoint (an item in the table), so an interrupted run resumes;
   * letters, digits, '_', '-', '.' or ':'. Default: the module's file name without extension.
   */
  name?: string;
  /**
   * Receives each item upgraded through the entity's migrations and returns what to store
   * (`undefined`: leave the item alone). Default: the entity's migrations only.
   */
  transform?: MigrationTransform<T>;
  /** The schema version to store (default: the entity's current version). */
  toVersion?: number;
  /** Parallel scan segments (default 4). */
  segments?: number;
  /** Caps writes per second across all segments. */
  maxWritesPerSecond?: number;
  /** Scan page size (Limit); progress is saved after every page. */
  pageSize?: number;
  /**
   * Other entities to register on the connection, e.g. the targets of the entity's relations
   * (entities the module exports and `--entities` modules are registered too).
   */
  entities?: Function[];
}

/**
 * Declares a migration with its types checked against the entity.
 *
 * @example
 * // migrations/customer-v2.ts, compiled to dist/migrations/customer-v2.js
 * export default defineMigration({ entity: Customer, segments: 8 });
 * // $ monotable migrate dist/migrations/customer-v2.js --endpoint http://localhost:8000
 */
export function defineMigration<T extends object>(
  definition: MigrationDefinition<T>,
): MigrationDefinition<T> {
  return definition;
}
