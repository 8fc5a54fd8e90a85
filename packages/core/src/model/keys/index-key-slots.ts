import { factsOf } from '../entity-model';
import type { EntityKeyTemplates, EntityMetadata } from '../metadata/types';

/** Slot properties of the entity's primary key templates: always present on a stored item. */
export function primaryKeySlots(meta: EntityMetadata): ReadonlySet<string> {
  return factsOf(meta).primaryKeySlots;
}

/** Slot properties of every index template of the entity. */
export function indexSlotProperties(meta: EntityMetadata): ReadonlySet<string> {
  return factsOf(meta).indexSlots;
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
