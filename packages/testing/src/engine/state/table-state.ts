import { itemSize, valuesEqual, type Item } from '../values';
import type { ItemChangeListener } from '../streams/item-change';
import type { IndexDefinition, TableDefinition } from '../schema/table-definition';
import { ItemStore } from '../storage/item-store';
import type { StorageStats } from '../storage/storage-stats';
import { extractKey } from '../schema/key-validation';
import { SecondaryIndex } from './secondary-index';
import type { StateChangeListener } from './state-change';
import { isExpired } from './time-to-live';

/**
 * A table: its definition, its items sorted by key, and its secondary indexes, which every
 * write keeps in step. Items given to `write` must already be validated. Every change is
 * reported to `onChange` (see StateChange), and every item change to `onItemChange` (streams).
 */
export class TableState {
  readonly items: ItemStore;
  readonly indexes = new Map<string, SecondaryIndex>();
  private totalSize = 0;
  private currentDefinition: TableDefinition;

  constructor(
    definition: TableDefinition,
    private readonly stats: StorageStats,
    private readonly onChange: StateChangeListener = () => undefined,
    private readonly onItemChange: ItemChangeListener = () => undefined,
  ) {
    this.currentDefinition = definition;
    this.items = new ItemStore({ ...definition.keys, tieBreakers: [] }, stats);
    for (const index of definition.indexes) this.indexes.set(index.name, this.createIndex(index));
  }

  get definition(): TableDefinition {
    return this.currentDefinition;
  }

  /** Operations assign a new definition for every change they make, so this reports each one. */
  set definition(definition: TableDefinition) {
    this.currentDefinition = definition;
    this.onChange({ kind: 'define', definition });
  }

  get name(): string {
    return this.definition.name;
  }

  get itemCount(): number {
    return this.items.size;
  }

  get sizeBytes(): number {
    return this.totalSize;
  }

  get(key: Item): Item | undefined {
    return this.items.get(key);
  }

  /**
   * The item with this key unless TTL has expired it; an expired item is deleted on the spot
   * (see `isExpired` for why the engine purges on read).
   */
  liveItem(key: Item, nowMs: number): Item | undefined {
    const item = this.items.get(key);
    if (item && this.hasExpired(item, nowMs)) {
      this.delete(item, true);
      return undefined;
    }
    return item;
  }

  hasExpired(item: Item, nowMs: number): boolean {
    return isExpired(item, this.definition.timeToLive, nowMs);
  }

  /** Deletes items that a read found expired (after the read, not while iterating). */
  purge(items: Item[]): void {
    for (const item of items) this.delete(item, true);
  }

  /** Stores the item (replacing the one with its key); returns the previous item. */
  put(item: Item): Item | undefined {
    const previous = this.items.put(item);
    this.afterWrite(previous, item);
    this.onChange({ kind: 'put', table: this.name, item });
    // A write that leaves the item as it was is no change to a stream (DynamoDB writes no record).
    if (!previous || !valuesEqual({ M: previous }, { M: item })) this.onItemChange({ definition: this.definition, previous, next: item, expired: false });
    return previous;
  }

  /** Removes the item with this key (`expired`: by TTL); returns it. */
  delete(key: Item, expired = false): Item | undefined {
    const previous = this.items.remove(key);
    if (previous) {
      this.afterWrite(previous, undefined);
      this.onChange({ kind: 'delete', table: this.name, key: extractKey(this.definition.keys, previous) });
      this.onItemChange({ definition: this.definition, previous, expired });
    }
    return previous;
  }

  /** Adds an index and fills it from the existing items (UpdateTable). */
  addIndex(definition: IndexDefinition): void {
    const index = this.createIndex(definition);
    for (const item of this.items.entries()) index.applyWrite(undefined, item);
    this.indexes.set(definition.name, index);
    this.definition = { ...this.definition, indexes: [...this.definition.indexes, definition] };
  }

  removeIndex(name: string): void {
    this.indexes.delete(name);
    this.definition = { ...this.definition, indexes: this.definition.indexes.filter((index) => index.name !== name) };
  }

  private createIndex(definition: IndexDefinition): SecondaryIndex {
    const keyTypes = Object.fromEntries(this.definition.attributeDefinitions.map((entry) => [entry.AttributeName, entry.AttributeType]));
    return new SecondaryIndex(definition, this.definition.keys, keyTypes, this.stats);
  }

  private afterWrite(previous: Item | undefined, next: Item | undefined): void {
    this.totalSize += (next ? itemSize(next) : 0) - (previous ? itemSize(previous) : 0);
    for (const index of this.indexes.values()) index.applyWrite(previous, next);
  }
}
