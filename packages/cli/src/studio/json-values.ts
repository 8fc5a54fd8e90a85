/** A stored or hydrated value as JSON can carry it: sets as arrays, binary as base64, dates as ISO. */
export function toJsonValue(value: unknown): unknown {
  if (value instanceof Set) return [...value].map(toJsonValue);
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value instanceof Map) {
    return Object.fromEntries([...value].map(([key, entry]) => [String(key), toJsonValue(entry)]));
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, entry]) => entry !== undefined)
        .map(([key, entry]) => [key, toJsonValue(entry)]),
    );
  }
  if (typeof value === 'bigint') return value.toString();
  return value;
}
