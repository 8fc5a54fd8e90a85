import { renderIndexKey } from './compute-item-keys';
import { KeyTemplateError } from '../errors';
import type { EntityMetadata } from '../metadata/types';
import { indexKeyTargets, indexSlots, primaryKeySlots } from './index-key-slots';
import { joinWords } from './join-words';
import { hasSlotValue } from './render-slot-value';

/** Marks a property removed by an update (in `changes` of `computeIndexKeyChanges`). */
export const REMOVED: unique symbol = Symbol('monotable.removed');

const isRemoval = (value: unknown) => value === REMOVED || value === null;

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/** The changes without primary key slots; refuses any that would change the primary key. */
function withoutPrimaryKeySlots(
  meta: EntityMetadata,
  keyValues: Record<string, unknown>,
  changes: Record<string, unknown>,
): Record<string, unknown> {
  const slots = primaryKeySlots(meta);
  let rest = changes;
  for (const slot of slots) {
    if (!(slot in changes)) continue;
    if (rest === changes) rest = { ...changes };
    delete rest[slot];
    if (changes[slot] === undefined) continue;
    // Sending the unchanged key value back (e.g. a whole entity as changes) is harmless.
    if (!isRemoval(changes[slot]) && sameValue(changes[slot], keyValues[slot])) continue;
    const templates = [meta.keys.pk, meta.keys.sk].filter((t) => t?.slots.includes(slot));
    throw new KeyTemplateError(
      `${meta.name}.${slot} is part of the primary key (${templates.map((t) => `'${t!.source}'`).join(', ')}); ` +
        'primary keys are immutable: delete the item and create it again with the new value',
    );
  }
  return rest;
}

/**
 * Which index key attributes an update must SET (recomputed) or REMOVE (the item leaves a
 * sparse index). Refuses changes to primary key slots, and changes that would leave an index
 * key half-built because another slot of it is not known.
 *
 * @example
 * computeIndexKeyChanges(customerMeta, { id: 'c1' }, { email: 'a@b.c' })
 * // { set: { GSI1PK: 'EMAIL#a@b.c', GSI1SK: 'CUSTOMER' }, remove: [] }
 */
export function computeIndexKeyChanges(
  meta: EntityMetadata,
  keyValues: Record<string, unknown>,
  allChanges: Record<string, unknown>,
): { set: Record<string, string>; remove: string[] } {
  const changes = withoutPrimaryKeySlots(meta, keyValues, allChanges);
  const set: Record<string, string> = {};
  const remove: string[] = [];
  for (const [index, templates] of Object.entries(meta.indexes)) {
    const slots = indexSlots(templates);
    const changed = slots.filter((slot) => slot in changes && changes[slot] !== undefined);
    if (changed.length === 0) continue;
    const targets = indexKeyTargets(meta, index);
    if (changed.some((slot) => isRemoval(changes[slot]))) {
      remove.push(...targets.map((target) => target.attribute));
      continue;
    }
    const values: Record<string, unknown> = { ...keyValues, ...changes };
    const unknown = slots.filter((slot) => !hasSlotValue(values[slot]));
    if (unknown.length > 0) {
      const sources = [templates.pk, templates.sk].filter(Boolean).map((t) => `'${t!.source}'`);
      throw new KeyTemplateError(
        `Updating ${meta.name}.${joinWords(changed)} changes index ${index} (${sources.join(' / ')}), ` +
          `but ${joinWords(unknown)} ${unknown.length > 1 ? 'are' : 'is'} not known: the update would leave ` +
          `the index key half-built. Pass ${joinWords(unknown)} in the changes too`,
      );
    }
    for (const { attribute, template } of targets) {
      set[attribute] = renderIndexKey(meta, index, template, values);
    }
  }
  return { set, remove };
}
