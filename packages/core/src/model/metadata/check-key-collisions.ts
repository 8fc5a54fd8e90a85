import { keyTemplatesCanCollide } from '../keys/key-overlap';
import type { EntityKeyTemplates, EntityMetadata } from './types';

function describe(meta: EntityMetadata, templates: EntityKeyTemplates): string {
  const sk = templates.sk ? `, sk '${templates.sk.source}'` : '';
  return `${meta.name} (pk '${templates.pk.source}'${sk})`;
}

function canCollide(
  a: EntityMetadata,
  aKeys: EntityKeyTemplates,
  b: EntityMetadata,
  bKeys: EntityKeyTemplates,
) {
  return (
    keyTemplatesCanCollide(aKeys.pk, a.attributes, bKeys.pk, b.attributes) &&
    keyTemplatesCanCollide(aKeys.sk, a.attributes, bKeys.sk, b.attributes)
  );
}

/** Every place (the primary key, each shared index) where two entities' keys could be equal. */
function collisionsBetween(a: EntityMetadata, b: EntityMetadata): string[] {
  const problems: string[] = [];
  if (canCollide(a, a.keys, b, b.keys)) {
    problems.push(
      `${describe(a, a.keys)} and ${describe(b, b.keys)} can produce the same primary key, so one ` +
        'would overwrite the other; give them different literal text (e.g. a distinct prefix)',
    );
  }
  for (const [index, aKeys] of Object.entries(a.indexes)) {
    const bKeys = b.indexes[index];
    if (bKeys && canCollide(a, aKeys, b, bKeys)) {
      problems.push(
        `${describe(a, aKeys)} and ${describe(b, bKeys)} can produce the same keys in index ${index}, ` +
          'so a query on one would read the other; give them different literal text',
      );
    }
  }
  return problems;
}

/** Pairs of entities on one table whose keys could be equal: one problem per pair and place. */
export function findKeyCollisions(entities: readonly EntityMetadata[]): string[] {
  const problems: string[] = [];
  entities.forEach((a, i) => {
    for (const b of entities.slice(i + 1)) {
      if (a.table.name === b.table.name) problems.push(...collisionsBetween(a, b));
    }
  });
  return problems;
}
