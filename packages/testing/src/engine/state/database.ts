import { EngineError } from '../errors';
import { cloneValue, type Item } from '../values';
import { upgradeStoredDefinition } from '../schema/stored-definition';
import type { TableDefinition } from '../schema/table-definition';
import type { StorageStats } from '../storage/storage-stats';
import type { StateChange, StateChangeListener } from './state-change';
import { TableState } from './table-state';

// DynamoDB Local's wording (DynamoDB itself says 'Requested resource not found').
export const TABLE_NOT_FOUND = 'Cannot do operations on a non-existent table';

/** A deep copy of every table and item, to restore later. */
export interface EngineSnapshot {
  tables: { definition: TableDefinition; items: Item[] }[];
}

/** The set of tables the engine serves. */
export class Database {
  private readonly tables = new Map<string, TableState>();
  private readonly listeners = new Set<StateChangeListener>();
  private readonly report: StateChangeListener = (change) => {
    for (const listener of this.listeners) listener(change);
  };

  constructor(private readonly stats: StorageStats) {}

  /** Calls `listener` with every later change; returns the function that stops it. */
  onChange(listener: StateChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The table, or DynamoDB's ResourceNotFoundException. */
  table(name: string): TableState {
    const table = this.tables.get(name);
    if (!table) throw new EngineError('ResourceNotFoundException', TABLE_NOT_FOUND);
    return table;
  }

  has(name: string): boolean {
    return this.tables.has(name);
  }

  /** Table names in the order ListTables returns them (sorted). */
  names(): string[] {
    return [...this.tables.keys()].sort();
  }

  create(definition: TableDefinition): TableState {
    const table = new TableState(definition, this.stats, this.report);
    this.tables.set(definition.name, table);
    this.report({ kind: 'define', definition });
    return table;
  }

  drop(name: string): void {
    if (this.tables.delete(name)) this.report({ kind: 'drop', table: name });
  }

  clear(): void {
    for (const name of [...this.tables.keys()]) this.drop(name);
  }

  /** Applies a change reported earlier (e.g. replayed from a journal); `change` is not copied. */
  apply(change: StateChange): void {
    switch (change.kind) {
      case 'define':
        this.define(upgradeStoredDefinition(change.definition));
        return;
      case 'drop':
        this.drop(change.table);
        return;
      case 'put':
        this.table(change.table).put(change.item);
        return;
      case 'delete':
        this.table(change.table).delete(change.key);
        return;
    }
  }

  /** Creates the table, or gives an existing one its new definition. */
  private define(definition: TableDefinition): void {
    const existing = this.tables.get(definition.name);
    if (!existing) {
      this.create(definition);
    } else if (JSON.stringify(existing.definition.indexes) === JSON.stringify(definition.indexes)) {
      existing.definition = definition;
    } else {
      // Index changes are rare (UpdateTable): rebuilding the table back-fills its indexes.
      const items = [...existing.items.entries()];
      const table = this.create(definition);
      for (const item of items) table.put(item);
    }
  }

  snapshot(): EngineSnapshot {
    return {
      tables: [...this.tables.values()].map((table) => ({
        definition: cloneValue(table.definition),
        items: [...table.items.entries()].map((item) => cloneValue(item)),
      })),
    };
  }

  restore(snapshot: EngineSnapshot): void {
    this.clear();
    for (const { definition, items } of snapshot.tables) {
      const table = this.create(upgradeStoredDefinition(cloneValue(definition)));
      for (const item of items) table.put(cloneValue(item));
    }
  }
}
