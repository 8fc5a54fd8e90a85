import { KeyTemplateError } from '../errors';
import type { EntityMetadata } from '../metadata/types';
import { indexKeyTargets, indexSlots, primaryKeySlots } from './index-key-slots';
import { joinWords } from './join-words';
import { assertKeySize } from './key-size';
import { renderKeyTemplate } from './render-key-template';
import type { KeyTemplate } from '../metadata/types';
import { hasSlotValue } from './render-slot-value';

/**
 * The primary key of an item from the properties that fill the pk/sk slots (other properties
 * are ignored, so a whole entity works too).
 *
 * @example
 * buildPrimaryKey(orderMeta, { customerId: 'c1', placedAt: '2026-11-03', id: 'o1' })
 * // { PK: 'CUSTOMER#c1', SK: 'ORDER#2026-11-03#o1' }
 */
export function buildPrimaryKey(
  meta: EntityMetadata,
  key: Record<string, unknown>,
): Record<string, string> {
  const { table, keys, attributes, name } = meta;
  const result: Record<string, string> = {
    [table.partitionKey]: assertKeySize(
      renderKeyTemplate(keys.pk, key, attributes, name),
      'partition',
      `The partition key of ${name}`,
    ),
  };
  if (table.sortKey && keys.sk) {
    result[table.sortKey] = assertKeySize(
      renderKeyTemplate(keys.sk, key, attributes, name),
      'sort',
      `The sort key of ${name}`,
    );
  }
  return result;
}

/** One key attribute of an index, rendered and size-checked for its role. */
export function renderIndexKey(
  meta: EntityMetadata,
  index: string,
  template: KeyTemplate,
  values: Record<string, unknown>,
): string {
  const role = template === meta.indexes[index].pk ? 'partition' : 'sort';
  return assertKeySize(
    renderKeyTemplate(template, values, meta.attributes, meta.name),
    role,
    `The ${role} key of ${meta.name} in index ${index}`,
  );
}

/**
 * Key attributes of an index for an item, or undefined when the item is not in the index.
 * Slots of the primary key are always present, so only the other slots decide sparseness:
 * none given → not indexed; some given → refused, since a half-built key would be wrong.
 */
function indexKeys(
  meta: EntityMetadata,
  index: string,
  values: Record<string, unknown>,
): Record<string, string> | undefined {
  const primary = primaryKeySlots(meta);
  const optional = indexSlots(meta.indexes[index]).filter((slot) => !primary.has(slot));
  const missing = optional.filter((slot) => !hasSlotValue(values[slot]));
  if (optional.length > 0 && missing.length === optional.length) return undefined;
  if (missing.length > 0) {
    throw new KeyTemplateError(
      `index ${index} of ${meta.name} needs ${joinWords(optional)}; ` +
        `${joinWords(missing)} ${missing.length > 1 ? 'are' : 'is'} missing ` +
        '(give all of them to index the item, or none to leave it out of the index)',
    );
  }
  const keys: Record<string, string> = {};
  for (const { attribute, template } of indexKeyTargets(meta, index)) {
    keys[attribute] = renderIndexKey(meta, index, template, values);
  }
  return keys;
}

/**
 * Every key attribute of an item: the table's pk/sk and the keys of each index the entity
 * declares (omitted for sparse indexes whose slots are all absent).
 */
export function computeItemKeys(
  meta: EntityMetadata,
  values: Record<string, unknown>,
): Record<string, string> {
  const keys = buildPrimaryKey(meta, values);
  for (const index of Object.keys(meta.indexes))
    Object.assign(keys, indexKeys(meta, index, values));
  return keys;
}
