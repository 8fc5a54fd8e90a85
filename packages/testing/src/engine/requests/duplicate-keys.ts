import { validationError } from '../errors';
import { keyAttributeNames, type KeyNames } from '../schema/table-definition';
import { encodeKeyValue } from '../storage/key-encoding';
import type { Item } from '../values';

/** A string identifying one item: table name and key values. */
export function itemIdentity(tableName: string, keys: KeyNames, item: Item): string {
  return JSON.stringify([tableName, ...keyAttributeNames(keys).map((name) => encodeKeyValue(item[name]))]);
}

/** Tracks the items a batch touches and refuses the second request for the same one. */
export class DuplicateKeyGuard {
  private readonly seen = new Set<string>();

  constructor(private readonly message = 'Provided list of item keys contains duplicates') {}

  add(tableName: string, keys: KeyNames, item: Item): void {
    const identity = itemIdentity(tableName, keys, item);
    if (this.seen.has(identity)) throw validationError(this.message);
    this.seen.add(identity);
  }
}

/**
 * Refuses a list of keys that holds the same key map twice, attribute order aside: DynamoDB
 * checks this on the request itself, before it looks up the table (and so before numbers are
 * compared as numbers).
 */
export function checkDistinctKeyMaps(keys: readonly Item[], message = 'Provided list of item keys contains duplicates'): void {
  const seen = new Set<string>();
  for (const key of keys) {
    const identity = canonicalJson(key);
    if (seen.has(identity)) throw validationError(message);
    seen.add(identity);
  }
}

/** JSON with object keys sorted and bytes as base64, so that equal values give equal text. */
function canonicalJson(value: unknown): string {
  if (value instanceof Uint8Array) return JSON.stringify(Buffer.from(value).toString('base64'));
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, element]) => `${JSON.stringify(name)}:${canonicalJson(element)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
