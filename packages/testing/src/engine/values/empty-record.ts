/**
 * An empty object without a prototype, for maps whose keys come from requests (attribute names,
 * table and index names): any string, '__proto__' or 'toString' included, is an ordinary key of
 * it, so `record[key] = value` stores an entry and `record[key]` reads only entries.
 * @example const item = emptyRecord<AttributeValue>(); item['__proto__'] = { S: 'v' };
 */
export function emptyRecord<T = unknown>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
