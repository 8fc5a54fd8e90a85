import { parseKeyValue } from '../keys/parse-key-value';
import type { AttributeMetadata, EntityMetadata, KeyTemplate } from '../metadata/types';
import { fromStoredValue } from './from-stored-value';

const byAttributeNameCache = new WeakMap<EntityMetadata, Map<string, AttributeMetadata>>();

function byAttributeName(meta: EntityMetadata): Map<string, AttributeMetadata> {
  let map = byAttributeNameCache.get(meta);
  if (!map) {
    map = new Map(
      [...meta.attributes.values()].map((attribute) => [attribute.attributeName, attribute]),
    );
    byAttributeNameCache.set(meta, map);
  }
  return map;
}

/** Key attribute name → the template that wrote it. */
function keyTemplates(meta: EntityMetadata): Array<[string, KeyTemplate]> {
  const { table } = meta;
  const pairs: Array<[string, KeyTemplate | undefined]> = [
    [table.partitionKey, meta.keys.pk],
    [table.sortKey ?? '', meta.keys.sk],
  ];
  for (const [index, templates] of Object.entries(meta.indexes)) {
    const definition = table.indexes[index];
    if (!definition) continue;
    pairs.push([definition.partitionKey, templates.pk], [definition.sortKey ?? '', templates.sk]);
  }
  return pairs.filter((pair): pair is [string, KeyTemplate] => Boolean(pair[0] && pair[1]));
}

/**
 * An entity instance from a stored item, made without calling the constructor (so class
 * defaults do not mask stored values). Key attributes, the discriminator, the schema version and
 * unknown attributes are dropped; slot values missing from the item (e.g. a KEYS_ONLY index)
 * are read back from its keys.
 */
export function fromItem<T>(meta: EntityMetadata, item: Record<string, unknown>): T {
  const entity = Object.create(meta.target.prototype) as Record<string, unknown>;
  const attributes = byAttributeName(meta);
  for (const [name, value] of Object.entries(item)) {
    const attribute = attributes.get(name);
    if (attribute) entity[attribute.propertyName] = fromStoredValue(attribute, value);
  }
  for (const [keyAttribute, template] of keyTemplates(meta)) {
    if (template.slots.every((slot) => entity[slot] !== undefined)) continue;
    const values = parseKeyValue(template, item[keyAttribute] as string, meta.attributes);
    for (const [property, value] of Object.entries(values ?? {})) {
      if (entity[property] === undefined) entity[property] = value;
    }
  }
  return entity as T;
}
