import type { EngineClock } from '../clock';
import { EngineError } from '../errors';
import type { ItemChangeListener } from '../streams/item-change';
import { StreamRegistry, type StreamsSnapshot } from '../streams/stream-registry';
import { cloneValue, type Item } from '../values';
import { upgradeStoredDefinition } from '../schema/stored-definition';
import type { TableDefinition } from '../schema/table-definition';
import type { StorageStats } from '../storage/storage-stats';
import type { StateChange, StateChangeListener } from './state-change';
import { TableState } from './table-state';

// DynamoDB Local's wording (DynamoDB itself says 'Requested resource not found').
export const TABLE_NOT_FOUND = 'Cannot do operations on a non-existent table';

/** A deep copy of every table and item, and the records their streams keep, to restore later. */
export interface EngineSnapshot {
  tables: { definition: TableDefinition; items: Item[] }[];
  /** Absent in snapshots written before the engine kept stream records in them. */
  streams?: StreamsSnapshot;
}

/** The set of tables the engine serves. */
export class Database {
  private readonly tables = new Map<string, TableState>();
  /** The tables' streams, which follow every definition and item change. */
  readonly streams: StreamRegistry;
  private readonly listeners = new Set<StateChangeListener>();
  // Replayed changes (a journal, a snapshot) happened before: streams must not record them again.
  private replaying = false;
  private readonly report: StateChangeListener = (change) => {
    if (change.kind === 'define') this.streams.follow(change.definition);
    if (change.kind === 'drop') this.streams.closeTable(change.table);
    for (const listener of this.listeners) listener(change);
  };
  private readonly reportItemChange: ItemChangeListener = (change) => {
    if (!this.replaying) this.streams.record(change);
  };

  constructor(
    private readonly stats: StorageStats,
    clock: EngineClock,
  ) {
    this.streams = new StreamRegistry(clock);
    // Records are state too: a journal keeps them (replayed records are restored, not reported).
    this.streams.onAppend((stream, record) => {
      for (const listener of this.listeners) listener({ kind: 'record', stream: stream.arn, record });
    });
  }

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
    const table = new TableState(definition, this.stats, this.report, this.reportItemChange);
    this.tables.set(definition.name, table);
    this.report({ kind: 'define', definition });
    return table;
  }

  drop(name: string): void {
    if (this.tables.delete(name)) this.report({ kind: 'drop', table: name });
  }

  /** Drops every table and forgets every stream. */
  clear(): void {
    for (const name of [...this.tables.keys()]) this.drop(name);
    this.streams.clear();
  }

  /** Applies a change reported earlier (e.g. replayed from a journal); `change` is not copied. */
  apply(change: StateChange): void {
    this.replaying = true;
    try {
      this.applyChange(change);
    } finally {
      this.replaying = false;
    }
  }

  private applyChange(change: StateChange): void {
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
      case 'record':
        this.streams.restoreRecord(change.stream, change.record);
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
      streams: cloneValue(this.streams.snapshot()),
    };
  }

  restore(snapshot: EngineSnapshot): void {
    this.clear();
    this.replaying = true;
    try {
      for (const { definition, items } of snapshot.tables) {
        const table = this.create(upgradeStoredDefinition(cloneValue(definition)));
        for (const item of items) table.put(cloneValue(item));
      }
      if (snapshot.streams) this.streams.restore(cloneValue(snapshot.streams));
    } finally {
      this.replaying = false;
    }
  }
}
