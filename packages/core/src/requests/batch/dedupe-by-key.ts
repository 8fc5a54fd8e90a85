/**
 * Collapses entries that address the same key: one entry per key identity, the LATER entry
 * replacing the earlier one (for writes the last request decides the item's final state; for
 * reads duplicates are equal anyway). Map order is the order in which keys first appear.
 *
 * @example
 * dedupeByKey([{ PK: 'a', v: 1 }, { PK: 'a', v: 2 }], (x) => x.PK); // Map { 'a' => { PK: 'a', v: 2 } }
 */
export function dedupeByKey<T>(
  entries: readonly T[],
  identityOf: (entry: T) => string,
): Map<string, T> {
  const byKey = new Map<string, T>();
  for (const entry of entries) byKey.set(identityOf(entry), entry);
  return byKey;
}
