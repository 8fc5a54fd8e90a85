import { MigrationError } from '../errors';
import { pickKey } from '../keys/pick-key';
import type { EntityMetadata } from '../metadata/types';
import { migrationInput } from './migration-input';
import { storedSchemaVersion } from './stored-schema-version';

/**
 * Brings an entity read from an older item up to the current schema version (or `toVersion`)
 * by running `migrations[v + 1]`, ..., `migrations[toVersion]` on its properties (a missing step
 * means the shape did not change). Synchronous on purpose: every read path hydrates
 * synchronously. A function that throws (or returns a promise) raises MigrationError naming the
 * item's key.
 */
export function upgradeEntity<T>(
  meta: EntityMetadata,
  item: Record<string, unknown>,
  entity: T,
  toVersion = meta.schemaVersion,
): T {
  const from = storedSchemaVersion(meta, item);
  if (from >= toVersion) return entity;
  let properties = migrationInput(meta, item, entity as object);
  for (let version = from + 1; version <= toVersion; version++) {
    const migrate = meta.migrations[version];
    if (!migrate) continue;
    try {
      properties = migrate(properties);
      if (!properties || typeof properties !== 'object') {
        throw new TypeError('the migration function must return the upgraded object');
      }
      if (typeof (properties as { then?: unknown }).then === 'function') {
        throw new TypeError('migration functions must be synchronous (they run on every read)');
      }
    } catch (cause) {
      const { table } = meta;
      const key = pickKey(item, [table.partitionKey, table.sortKey]);
      throw new MigrationError(meta.name, key, version, { cause });
    }
  }
  return Object.assign(Object.create(meta.target.prototype), properties) as T;
}
