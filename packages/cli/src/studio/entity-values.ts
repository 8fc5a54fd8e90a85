import type { EntityMetadata } from '@monotable/core';
import { StudioRequestError } from './http-io';

/** A JSON value turned into what the entity's property holds (dates, sets). */
function fromJson(meta: EntityMetadata, property: string, value: unknown): unknown {
  const type = meta.attributes.get(property)?.type;
  if (type === 'date' && (typeof value === 'string' || typeof value === 'number')) {
    return new Date(value);
  }
  if (type === 'set' && Array.isArray(value)) return new Set(value);
  return value;
}

/** The properties of a JSON body as the repository takes them (unknown ones are left for it to refuse). */
export function entityData(
  meta: EntityMetadata,
  data: unknown,
  what = 'data',
): Record<string, unknown> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new StudioRequestError(
      400,
      'BODY_INVALID',
      `${what} must be an object of ${meta.name}'s properties`,
    );
  }
  return Object.fromEntries(
    Object.entries(data).map(([property, value]) => [property, fromJson(meta, property, value)]),
  );
}

/** Slot values typed in a form (text) as the property types the key templates render. */
export function slotValues(
  meta: EntityMetadata,
  slots: string[],
  given: Record<string, unknown>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const slot of slots) {
    const value = given[slot];
    if (value === undefined || value === '') {
      throw new StudioRequestError(400, 'SLOT_MISSING', `Fill ${slot}: the key template needs it`);
    }
    const type = meta.attributes.get(slot)?.type;
    values[slot] =
      type === 'number' && typeof value === 'string'
        ? Number(value)
        : type === 'boolean' && typeof value === 'string'
          ? value === 'true'
          : fromJson(meta, slot, value);
  }
  return values;
}
