import { assertKeySize } from '../../model/keys/key-size';
import type { AttributeMetadata, EntityMetadata, KeyTemplate } from '../../model/metadata/types';

/** Discriminator value of marker items; no entity may use it as its name. */
export const UNIQUE_MARKER_TYPE = '$unique';
/** Literal starting every marker's partition key. */
export const MARKER_PREFIX = 'UNIQUE';
/** Marker attributes naming the item that holds the value. */
export const MARKER_OWNER_PK = '_owner';
export const MARKER_OWNER_SK = '_ownerSk';

/** A stored value as key text; '%' and '#' are escaped so that the value stays one segment. */
export function markerValueText(value: unknown): string {
  return String(value).replace(/%/g, '%25').replace(/#/g, '%23');
}

/**
 * The key of the marker that reserves `value` of an entity's @Unique attribute, e.g.
 * `{ PK: 'UNIQUE#Customer#email#ada@example.com', SK: 'UNIQUE' }`.
 */
export function markerKey(
  meta: EntityMetadata,
  attribute: AttributeMetadata,
  value: unknown,
): Record<string, string> {
  const { table } = meta;
  const partition = `${MARKER_PREFIX}#${meta.name}#${attribute.propertyName}#${markerValueText(value)}`;
  const key: Record<string, string> = {
    // The marker's key holds the value: a @Unique value is bounded by the partition key limit.
    [table.partitionKey]: assertKeySize(
      partition,
      'partition',
      `The @Unique marker of ${meta.name}.${attribute.propertyName} (its key holds the value)`,
    ),
  };
  if (table.sortKey) key[table.sortKey] = MARKER_PREFIX;
  return key;
}

/** The markers' partition key as a template, to check that no entity's keys can equal it. */
export function markerPartitionTemplate(
  meta: EntityMetadata,
  attribute: AttributeMetadata,
): KeyTemplate {
  const literal = `${MARKER_PREFIX}#${meta.name}#${attribute.propertyName}#`;
  return {
    source: `${literal}{value}`,
    parts: [
      { kind: 'literal', value: literal },
      { kind: 'slot', property: 'value' },
    ],
    slots: ['value'],
  };
}
