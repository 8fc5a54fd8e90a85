import { javaHashOrder, javaStringHash, presizedCapacity } from '../expressions/java-hash-order';
import { emptyRecord, type Item } from '../values';
import type { TableState } from '../state/table-state';
import { indexWriteUnits, tableWriteUnits } from './capacity-units';

export type ReturnConsumedCapacity = 'INDEXES' | 'TOTAL' | 'NONE' | undefined;

/**
 * Capacity one request consumed on one table, split by where it was spent, rendered as
 * DynamoDB's ConsumedCapacity (TOTAL: the sum; INDEXES: the sum plus the breakdown).
 */
export class CapacityTally {
  private tableUnits = 0;
  private readonly indexUnits = new Map<string, number>();

  constructor(readonly table: TableState) {}

  addTable(units: number): this {
    this.tableUnits += units;
    return this;
  }

  addIndex(indexName: string, units: number): this {
    this.indexUnits.set(indexName, (this.indexUnits.get(indexName) ?? 0) + units);
    return this;
  }

  /** Charges a write that replaced `previous` by `next` (transactions pay twice: `multiplier` 2). */
  chargeWrite(previous: Item | undefined, next: Item | undefined, multiplier = 1): this {
    this.addTable(tableWriteUnits(previous, next) * multiplier);
    for (const index of this.table.indexes.values()) {
      const units = indexWriteUnits(index, previous, next);
      if (units > 0) this.addIndex(index.name, units * multiplier);
    }
    return this;
  }

  get total(): number {
    let total = this.tableUnits;
    for (const units of this.indexUnits.values()) total += units;
    return total;
  }

  /** The ConsumedCapacity element, or undefined when the caller did not ask for it. */
  render(mode: ReturnConsumedCapacity): Record<string, unknown> | undefined {
    if (mode !== 'TOTAL' && mode !== 'INDEXES') return undefined;
    const rendered: Record<string, unknown> = { TableName: this.table.name, CapacityUnits: this.total };
    if (mode === 'TOTAL') return rendered;
    rendered.Table = { CapacityUnits: this.tableUnits };
    const globals = emptyRecord<{ CapacityUnits: number }>();
    const locals = emptyRecord<{ CapacityUnits: number }>();
    for (const [name, units] of this.indexUnits) {
      const target = this.table.indexes.get(name)?.definition.kind === 'local' ? locals : globals;
      target[name] = { CapacityUnits: units };
    }
    if (Object.keys(globals).length > 0) rendered.GlobalSecondaryIndexes = globals;
    if (Object.keys(locals).length > 0) rendered.LocalSecondaryIndexes = locals;
    return rendered;
  }
}

/**
 * The capacity of a request over several tables (batches, transactions): one tally per table,
 * rendered as a list in DynamoDB Local's order, a HashMap by table name: sized for the tables
 * (BatchGetItem, TransactWriteItems) or of the default size (BatchWriteItem, TransactGetItems).
 */
export class TableTallies {
  private readonly tallies = new Map<string, CapacityTally>();

  constructor(private readonly sizing: 'presized' | 'default') {}

  /** The tally of `table`, created on first use. */
  of(table: TableState): CapacityTally {
    let tally = this.tallies.get(table.name);
    if (!tally) {
      tally = new CapacityTally(table);
      this.tallies.set(table.name, tally);
    }
    return tally;
  }

  /** The ConsumedCapacity list, or undefined when the caller did not ask for it. */
  render(mode: ReturnConsumedCapacity): Record<string, unknown>[] | undefined {
    if (mode !== 'TOTAL' && mode !== 'INDEXES') return undefined;
    const capacity = this.sizing === 'presized' ? presizedCapacity(this.tallies.size) : undefined;
    const names = javaHashOrder([...this.tallies.keys()], javaStringHash, capacity);
    return names.map((name) => this.tallies.get(name)!.render(mode)!);
  }
}
