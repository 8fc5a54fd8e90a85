import { CapacityTally, type ReturnConsumedCapacity } from '../capacity';
import type { OperationOutput } from '../operation-context';
import type { Item } from '../values';
import { conditionalCheckFailed, conditionHolds } from './conditional-check';
import { itemCollectionMetrics } from './item-collection-metrics';
import type { PreparedWrite } from './prepared-write';
import { returnedAttributes } from './return-values';

export interface SingleWriteOptions {
  ReturnValues?: string;
  ReturnConsumedCapacity?: string;
  ReturnItemCollectionMetrics?: string;
}

/** Runs a PutItem, UpdateItem or DeleteItem: condition, write, then the response. */
export function runSingleWrite(write: PreparedWrite, options: SingleWriteOptions, nowMs: number): OperationOutput {
  const existing = write.table.liveItem(write.key, nowMs);
  if (!conditionHolds(write, existing)) throw conditionalCheckFailed(write, existing);
  const next = write.compute(existing);
  commitWrite(write, existing, next);
  const output: OperationOutput = {};
  const attributes = returnedAttributes(options.ReturnValues, write, existing, next);
  if (attributes) output.Attributes = attributes;
  const capacity = new CapacityTally(write.table)
    .chargeWrite(existing, next)
    .render(options.ReturnConsumedCapacity as ReturnConsumedCapacity);
  if (capacity) output.ConsumedCapacity = capacity;
  const metrics = itemCollectionMetrics(options.ReturnItemCollectionMetrics, write.table, write.key);
  if (metrics) output.ItemCollectionMetrics = metrics;
  return output;
}

/** Applies a computed write to the table (a condition check writes nothing). */
export function commitWrite(write: PreparedWrite, existing: Item | undefined, next: Item | undefined): void {
  if (write.kind === 'ConditionCheck') return;
  if (next) write.table.put(next);
  else if (existing) write.table.delete(write.key);
}
