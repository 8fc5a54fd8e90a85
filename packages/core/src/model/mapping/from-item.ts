import { parseKeyValue } from '../keys/parse-key-value';
import { factsOf } from '../entity-model';
import type { EntityMetadata } from '../metadata/types';
import { fromStoredValue } from './from-stored-value';

/**
 * An entity instance from a stored item, made without calling the constructor (so class
 * defaults do not mask stored values). Key attributes, the discriminator, the schema version and
 * unknown attributes are dropped; slot values missing from the item (e.g. a KEYS_ONLY index)
 * are read back from its keys.
 */
export function fromItem<T>(meta: EntityMetadata, item: Record<string, unknown>): T {
  const entity = Object.create(meta.target.prototype) as Record<string, unknown>;
  const plan = factsOf(meta).readPlan;
  for (const attribute of plan.attributes) {
    const value = item[attribute.attributeName];
    if (value !== undefined) entity[attribute.propertyName] = fromStoredValue(attribute, value);
  }
  for (const [keyAttribute, template] of plan.keyTemplates) {
    if (template.slots.every((slot) => entity[slot] !== undefined)) continue;
    const values = parseKeyValue(template, item[keyAttribute] as string, meta.attributes);
    for (const [property, value] of Object.entries(values ?? {})) {
      if (entity[property] === undefined) entity[property] = value;
    }
  }
  return entity as T;
}
