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
