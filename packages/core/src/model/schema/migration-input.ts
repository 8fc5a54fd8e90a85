import { factsOf } from '../entity-model';
import type { EntityMetadata } from '../metadata/types';

/**
 * What a migration function receives: a plain object keyed by PROPERTY names, holding the
 * properties the entity class declares (read as on any get: dates as Date, ...) plus the stored
 * attributes the class no longer declares, under their stored names and as stored — that is
 * where a renamed or split property of an older version is found.
 */
export function migrationInput(
  meta: EntityMetadata,
  item: Record<string, unknown>,
  entity: object,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const managed = factsOf(meta).managedAttributes;
  for (const [name, value] of Object.entries(item)) if (!managed.has(name)) input[name] = value;
  return Object.assign(input, entity);
}
