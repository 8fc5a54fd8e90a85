import { emptyRecord } from './empty-record';

/**
 * Deep copy of plain data: objects, arrays and byte arrays (copied into a fresh Uint8Array), so
 * stored items never share memory with the caller's request or response. Copied objects have no
 * prototype: attribute names such as '__proto__' are copied as ordinary keys.
 */
export function cloneValue<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Uint8Array) return new Uint8Array(value) as T;
  if (Array.isArray(value)) return value.map((element) => cloneValue(element)) as T;
  const copy = emptyRecord();
  for (const [key, element] of Object.entries(value as Record<string, unknown>)) {
    if (element !== undefined) copy[key] = cloneValue(element);
  }
  return copy as T;
}
