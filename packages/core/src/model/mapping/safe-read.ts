import { FORBIDDEN_KEYS, isNumberValue } from './storable';

const MAX_DEPTH = 40;

/**
 * A value read from the table without substituted prototypes. The SDK builds maps by
 * assignment, so a stored map key `__proto__` (written by another program) becomes the map's
 * prototype instead of its data: such maps come back as null-prototype objects holding the key
 * as data. Values without one are returned as they are (no copy).
 */
export function safeStoredValue(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value;
  if (value instanceof Set || ArrayBuffer.isView(value) || isNumberValue(value)) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((element, index) => {
      const safe = safeStoredValue(element, depth + 1);
      if (safe !== element) (copy ??= [...value])[index] = safe;
    });
    return copy ?? value;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    const map = Object.create(null) as Record<string, unknown>;
    map.__proto__ = safeStoredValue(prototype, depth + 1);
    for (const [key, member] of Object.entries(value))
      map[key] = safeStoredValue(member, depth + 1);
    return map;
  }
  let copy: Record<string, unknown> | undefined;
  for (const [key, member] of Object.entries(value)) {
    const safe = safeStoredValue(member, depth + 1);
    if (safe !== member) {
      copy ??= Object.assign(Object.create(Object.getPrototypeOf(value)), value) as Record<
        string,
        unknown
      >;
      copy[key] = safe;
    }
  }
  return copy ?? value;
}

/** Copies a stored map's members onto `target`, leaving out keys that would replace its prototype. */
export function assignStoredMembers(target: object, stored: Record<string, unknown>): object {
  for (const [key, member] of Object.entries(stored)) {
    if (!FORBIDDEN_KEYS.has(key)) (target as Record<string, unknown>)[key] = member;
  }
  return target;
}
