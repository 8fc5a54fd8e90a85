import { computeItemKeys } from '../keys/compute-item-keys';
import { assertIndexKeyValues, dropNullIndexKeyValues } from '../keys/index-key-values';
import type { EntityMetadata } from '../metadata/types';
import { storedAttributes } from './to-stored-value';

/**
 * The stored attributes of an entity (attribute names, stored forms), without keys or
 * the discriminator.
 */
export function toStoredAttributes(
  meta: EntityMetadata,
  entity: Record<string, unknown>,
): Record<string, unknown> {
  return storedAttributes(meta.attributes.values(), entity, meta.name);
}

/**
 * The full item to write: stored attributes, every key attribute, the entity type and the
 * schema version. The entity's own attributes fill multi-attribute index keys: checked here,
 * a `null` among them left out.
 *
 * @example
 * toItem(customerMeta, customer)
 * // { id: '01H…', email: '…', PK: 'CUSTOMER#01H…', SK: 'PROFILE', GSI1PK: 'EMAIL#…', _type: 'Customer', _v: 1 }
 */
export function toItem(
  meta: EntityMetadata,
  entity: Record<string, unknown>,
): Record<string, unknown> {
  const { table } = meta;
  const stored = toStoredAttributes(meta, entity);
  dropNullIndexKeyValues(meta, stored);
  assertIndexKeyValues(meta, stored);
  return {
    ...stored,
    ...computeItemKeys(meta, entity),
    [table.entityTypeAttribute]: meta.name,
    [table.schemaVersionAttribute]: meta.schemaVersion,
  };
}
