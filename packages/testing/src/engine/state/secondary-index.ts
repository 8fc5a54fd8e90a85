import { emptyRecord, typeOf, type Item } from '../values';
import { keyAttributeNames, type IndexDefinition, type KeyNames, type ScalarAttributeType } from '../schema/table-definition';
import { ItemStore } from '../storage/item-store';
import type { StorageStats } from '../storage/storage-stats';

/**
 * One GSI or LSI: which items it holds (only those carrying all its key attributes — indexes
 * are sparse), which attributes it keeps (its projection) and its sorted storage.
 */
export class SecondaryIndex {
  readonly store: ItemStore;
  /** Attributes an entry keeps, or undefined for ALL. */
  private readonly projected: Set<string> | undefined;

  constructor(
    readonly definition: IndexDefinition,
    tableKeys: KeyNames,
    /** Declared types of the key attributes: a back-filled item of another type is left out. */
    private readonly keyTypes: Record<string, ScalarAttributeType>,
    stats: StorageStats,
  ) {
    const indexKeyNames = keyAttributeNames(definition.keys);
    const tableKeyNames = keyAttributeNames(tableKeys);
    this.store = new ItemStore(
      { ...definition.keys, tieBreakers: tableKeyNames.filter((name) => !indexKeyNames.includes(name)) },
      stats,
    );
    const { type, nonKeyAttributes = [] } = definition.projection;
    this.projected =
      type === 'ALL' ? undefined : new Set([...indexKeyNames, ...tableKeyNames, ...(type === 'INCLUDE' ? nonKeyAttributes : [])]);
  }

  get name(): string {
    return this.definition.name;
  }

  /** Whether the index projects every attribute of the item. */
  get projectsAll(): boolean {
    return this.projected === undefined;
  }

  /** Whether `name` is available from the index without going back to the table. */
  projects(name: string): boolean {
    return this.projected === undefined || this.projected.has(name);
  }

  /** Whether the item carries valid index keys, i.e. appears in the index. */
  includes(item: Item): boolean {
    return keyAttributeNames(this.definition.keys).every((name) => {
      const value = item[name];
      return value !== undefined && typeOf(value) === this.keyTypes[name] && value.S !== '' && value.B?.length !== 0;
    });
  }

  /** The index entry for an item (its projected attributes). */
  project(item: Item): Item {
    if (!this.projected) return item;
    const entry: Item = emptyRecord();
    for (const name of this.projected) {
      if (item[name] !== undefined) entry[name] = item[name];
    }
    return entry;
  }

  /** Keeps the index in step with a write that replaced `previous` by `next` in the table. */
  applyWrite(previous: Item | undefined, next: Item | undefined): void {
    if (previous && this.includes(previous)) this.store.remove(previous);
    if (next && this.includes(next)) this.store.put(this.project(next));
  }
}
