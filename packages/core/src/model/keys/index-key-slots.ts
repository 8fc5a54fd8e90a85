import type { EntityKeyTemplates, EntityMetadata } from '../metadata/types';

const primarySlots = new WeakMap<EntityMetadata, ReadonlySet<string>>();

/** Slot properties of the entity's primary key templates: always present on a stored item. */
export function primaryKeySlots(meta: EntityMetadata): ReadonlySet<string> {
  let slots = primarySlots.get(meta);
  if (!slots) {
    slots = new Set([...meta.keys.pk.slots, ...(meta.keys.sk?.slots ?? [])]);
    primarySlots.set(meta, slots);
  }
  return slots;
}

const indexSlotsOf = new WeakMap<EntityMetadata, ReadonlySet<string>>();

/** Slot properties of every index template of the entity, computed once per entity. */
export function indexSlotProperties(meta: EntityMetadata): ReadonlySet<string> {
  let slots = indexSlotsOf.get(meta);
  if (!slots) {
    const all = new Set<string>();
    for (const templates of Object.values(meta.indexes)) {
      for (const slot of indexSlots(templates)) all.add(slot);
    }
    indexSlotsOf.set(meta, (slots = all));
  }
  return slots;
}

/** Every slot of an index's templates, in order, without repeats. */
export function indexSlots(templates: EntityKeyTemplates): string[] {
  return [...new Set([...templates.pk.slots, ...(templates.sk?.slots ?? [])])];
}

/** The key attribute names of an index paired with its templates, leaving out table key
 *  attributes (an inverted index or LSI shares them and the primary key already holds them). */
export function indexKeyTargets(
  meta: EntityMetadata,
  index: string,
): Array<{ attribute: string; template: EntityKeyTemplates['pk'] }> {
  const templates = meta.indexes[index];
  const { partitionKey, sortKey } = meta.table.keyAttributes(index);
  const primary = new Set([meta.table.partitionKey, meta.table.sortKey]);
  const targets = [{ attribute: partitionKey, template: templates.pk }];
  if (sortKey && templates.sk) targets.push({ attribute: sortKey, template: templates.sk });
  return targets.filter((target) => !primary.has(target.attribute));
}
