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
