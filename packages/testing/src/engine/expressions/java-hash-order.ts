/**
 * DynamoDB lists unused placeholders, and picks the "other" path of an overlap, in the
 * iteration order of a Java HashMap. Reproducing that order makes the engine's messages match
 * DynamoDB's character for character.
 */

/** Java's String.hashCode: 31-based polynomial over UTF-16 code units, 32-bit overflow. */
export function javaStringHash(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

/**
 * The order a java.util.HashMap (default capacity 16, load factor 0.75, grown as keys are
 * inserted) iterates `keys` inserted in the given order: by bucket, then insertion order.
 * `initialCapacity` is the table size it starts with (see presizedCapacity).
 * @example javaHashOrder(['#c', '#a', '#b']) // ['#c', '#a', '#b'] reordered by bucket
 */
export function javaHashOrder<T>(keys: readonly T[], hashOf: (key: T) => number = defaultHash, initialCapacity = 16): T[] {
  let capacity = initialCapacity;
  while (keys.length > capacity * 0.75) capacity *= 2;
  const buckets: T[][] = Array.from({ length: capacity }, () => []);
  for (const key of keys) {
    const hash = hashOf(key);
    buckets[(hash ^ (hash >>> 16)) & (capacity - 1)].push(key);
  }
  return buckets.flat();
}

/** The table size of a HashMap made for `expectedSize` entries (HashMap.newHashMap). */
export function presizedCapacity(expectedSize: number): number {
  let capacity = 1;
  while (capacity < Math.ceil(expectedSize / 0.75)) capacity *= 2;
  return capacity;
}

function defaultHash(key: unknown): number {
  return typeof key === 'number' ? key | 0 : javaStringHash(String(key));
}
