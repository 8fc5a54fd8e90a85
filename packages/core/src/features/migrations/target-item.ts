import { ConfigurationError } from '../../model/errors';
import { fromItem, toItem } from '../../model/mapping';
import type { EntityMetadata } from '../../model/metadata/types';
import { pickKey } from '../../model/keys/pick-key';
import { sameStoredValue } from '../../model/schema/same-stored-value';
import { storedSchemaVersion } from '../../model/schema/stored-schema-version';
import { upgradeEntity } from '../../model/schema/upgrade-entity';

/** A transform of the offline runner: the upgraded entity in, the entity to store out. */
export type MigrationTransform<T = any> = (entity: T) => T | undefined | Promise<T | undefined>;

/**
 * An intermediate shape keeps what its migration returned beyond the declared properties (the
 * next migration reads those); the current shape stores the declared properties only.
 */
function intermediateItem(
  meta: EntityMetadata,
  entity: Record<string, unknown>,
  version: number,
): Record<string, unknown> {
  const item = toItem(meta, entity);
  for (const [name, value] of Object.entries(entity)) {
    if (!meta.attributes.has(name) && !(name in item) && value !== undefined) item[name] = value;
  }
  item[meta.table.schemaVersionAttribute] = version;
  return item;
}

/**
 * The item `stored` is to be stored as: upgraded to `toVersion` (default: the current schema
 * version), transformed, keys recomputed. `undefined` leaves it alone: the transform said so,
 * or it is already at or past an intermediate `toVersion` (items are never downgraded).
 */
export async function targetItem(
  meta: EntityMetadata,
  stored: Record<string, unknown>,
  transform?: MigrationTransform,
  toVersion = meta.schemaVersion,
): Promise<Record<string, unknown> | undefined> {
  const current = toVersion === meta.schemaVersion;
  if (!current && storedSchemaVersion(meta, stored) >= toVersion) return undefined;
  let entity = upgradeEntity(
    meta,
    stored,
    fromItem<Record<string, unknown>>(meta, stored),
    toVersion,
  );
  if (transform) entity = await transform(entity);
  if (!entity) return undefined;
  const item = current ? toItem(meta, entity) : intermediateItem(meta, entity, toVersion);
  const { table } = meta;
  const primaryKey = [table.partitionKey, table.sortKey];
  if (!sameStoredValue(pickKey(item, primaryKey), pickKey(stored, primaryKey))) {
    throw new ConfigurationError(
      `${meta.name} ${JSON.stringify(pickKey(stored, primaryKey))} would move to ` +
        `${JSON.stringify(pickKey(item, primaryKey))}: a migration cannot change a primary key in ` +
        'place; copy each item to its new key and delete the old one (docs/migrations.md)',
    );
  }
  return item;
}
