import { joinWords } from '../keys/join-words';
import { matchKeyTemplates } from '../keys/match-key-templates';
import type { EntityMetadata, KeyTemplate } from '../metadata/types';

function keySlots(meta: EntityMetadata): string[] {
  return [...meta.keys.pk.slots, ...(meta.keys.sk?.slots ?? [])];
}

function explicitKey(
  source: EntityMetadata,
  target: EntityMetadata,
  keys: Record<string, string>,
  where: string,
  optionName: string,
): { targetKey?: Record<string, string>; problems: string[] } {
  const problems: string[] = [];
  const needed = keySlots(target);
  for (const [slot, property] of Object.entries(keys)) {
    if (!needed.includes(slot)) {
      problems.push(
        `${where}: ${optionName}.${slot}: ${target.name}'s primary key has no {${slot}} slot`,
      );
    }
    if (typeof property !== 'string' || !source.attributes.has(property)) {
      problems.push(
        `${where}: ${optionName}.${slot} is '${String(property)}', which is not an attribute of ${source.name}`,
      );
    }
  }
  const missing = needed.filter((slot) => !(slot in keys));
  if (missing.length) {
    problems.push(
      `${where}: ${optionName} must give ${target.name}'s key slot(s) ${joinWords(missing)}`,
    );
  }
  return problems.length ? { problems } : { targetKey: { ...keys }, problems };
}

/**
 * Which properties of `source` hold the primary key of `target`: read from templates of the
 * same shape (target pk 'CUSTOMER#{id}' against source pk 'CUSTOMER#{customerId}', or against any
 * of the source's index templates), and from a source sk nested under the target's sk. `keys`
 * (target slot → source property) says it explicitly instead.
 */
export function planTargetKey(
  source: EntityMetadata,
  target: EntityMetadata,
  keys: Record<string, string> | undefined,
  where: string,
  optionName = 'keys',
): { targetKey?: Record<string, string>; problems: string[] } {
  if (keys) return explicitKey(source, target, keys, where, optionName);
  const candidates: KeyTemplate[] = [source.keys.pk];
  if (source.keys.sk) candidates.push(source.keys.sk);
  for (const templates of Object.values(source.indexes)) {
    candidates.push(templates.pk);
    if (templates.sk) candidates.push(templates.sk);
  }
  const targetKey: Record<string, string> = {};
  const take = (match: Map<string, string>) => {
    for (const [slot, property] of match) targetKey[slot] ??= property;
  };
  for (const head of [target.keys.pk, target.keys.sk]) {
    if (!head?.slots.length) continue;
    for (const template of candidates) {
      const match = matchKeyTemplates(head, template, true);
      if (match) {
        take(match);
        break;
      }
    }
  }
  if (target.keys.sk && source.keys.sk) {
    const nested = matchKeyTemplates(target.keys.sk, source.keys.sk, false);
    if (nested) take(nested);
  }
  const missing = keySlots(target).filter((slot) => !(slot in targetKey));
  if (missing.length) {
    const sk = target.keys.sk ? `, sk '${target.keys.sk.source}'` : '';
    return {
      problems: [
        `${where}: cannot tell which ${source.name} properties hold ${target.name}'s key ` +
          `${joinWords(missing.map((slot) => `{${slot}}`))} (pk '${target.keys.pk.source}'${sk}): no key template of ` +
          `${source.name} has that shape. Pass { ${optionName}: { ${missing.map((slot) => `${slot}: '<${source.name} property>'`).join(', ')} } }`,
      ],
    };
  }
  return { targetKey, problems: [] };
}
