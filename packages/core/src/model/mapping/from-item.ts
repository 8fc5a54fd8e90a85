import { parseKeyValue } from '../keys/parse-key-value';
import type { AttributeMetadata, EntityMetadata, KeyTemplate } from '../metadata/types';
import { fromStoredValue } from './from-stored-value';

/** What reading an item of one entity needs, computed once per entity (reads are hot paths). */
interface ReadPlan {
  attributes: AttributeMetadata[];
  keyTemplates: Array<[string, KeyTemplate]>;
}

const plans = new WeakMap<EntityMetadata, ReadPlan>();

function readPlan(meta: EntityMetadata): ReadPlan {
  let plan = plans.get(meta);
  if (!plan) {
    plan = { attributes: [...meta.attributes.values()], keyTemplates: keyTemplates(meta) };
    plans.set(meta, plan);
  }
  return plan;
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
  const plan = readPlan(meta);
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
