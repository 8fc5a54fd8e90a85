import { hasSlotValue } from '../keys/render-slot-value';

/** `mapping` is target slot → source property: the target slot values read from `source`. */
export function mappedValues(
  mapping: Record<string, string>,
  source: Record<string, unknown>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [slot, property] of Object.entries(mapping)) values[slot] = source[property];
  return values;
}

/** Whether `source` holds every property a mapping reads. */
export function hasMappedValues(
  mapping: Record<string, string>,
  source: Record<string, unknown>,
): boolean {
  return Object.values(mapping).every((property) => hasSlotValue(source[property]));
}
