import { EngineError } from '../errors';
import { cloneValue, type Item } from '../values';
import type { TableDefinition } from '../schema/table-definition';
import type { StorageStats } from '../storage/storage-stats';
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

  constructor(private readonly stats: StorageStats) {}

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
    const table = new TableState(definition, this.stats);
    this.tables.set(definition.name, table);
    return table;
  }

  drop(name: string): void {
    this.tables.delete(name);
  }

  clear(): void {
    this.tables.clear();
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
    this.tables.clear();
    for (const { definition, items } of snapshot.tables) {
      const table = this.create(cloneValue(definition));
      for (const item of items) table.put(cloneValue(item));
    }
  }
}
