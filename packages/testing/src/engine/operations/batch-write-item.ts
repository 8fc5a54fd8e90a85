import type { BatchWriteItemInput, WriteRequest } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors';
import { CapacityTally, type ReturnConsumedCapacity } from '../capacity';
import type { OperationHandler } from '../operation-context';
import { RETURN_CONSUMED_CAPACITY, RETURN_ITEM_COLLECTION_METRICS } from '../requests/common-parameters';
import { DuplicateKeyGuard } from '../requests/duplicate-keys';
import { ConstraintCheck } from '../schema/constraints';
import { extractKey, validateItemKeys, validateKey } from '../schema/key-validation';
import type { Database } from '../state/database';
import type { TableState } from '../state/table-state';
import { emptyRecord, validateItemValues, type Item } from '../values';
import { checkItemNesting, checkItemSize } from '../writes';

const MAX_REQUESTS = 25;

interface PreparedRequest {
  tableName: string;
  table: TableState;
  request: WriteRequest;
  /** The item to put, or undefined for a delete. */
  item?: Item;
  key: Item;
}

/** BatchWriteItem: unconditional puts and deletes, up to 25, each applied on its own. */
export const batchWriteItem: OperationHandler<BatchWriteItemInput> = (input, { database, clock, faults }) => {
  checkConstraints(input);
  const prepared = prepareRequests(input, database);
  const unprocessed = faults.unprocessedPositions('BatchWriteItem', prepared.length);
  const nowMs = clock.nowMs();
  const unprocessedItems = emptyRecord<WriteRequest[]>();
  const tallies = new Map<string, CapacityTally>();
  prepared.forEach((entry, position) => {
    if (unprocessed.has(position)) {
      (unprocessedItems[entry.tableName] ??= []).push(entry.request);
      return;
    }
    const existing = entry.table.liveItem(entry.key, nowMs);
    if (entry.item) entry.table.put(entry.item);
    else if (existing) entry.table.delete(entry.key);
    const tally = tallies.get(entry.tableName) ?? new CapacityTally(entry.table);
    tallies.set(entry.tableName, tally.chargeWrite(existing, entry.item));
  });
  const output: Record<string, unknown> = { UnprocessedItems: unprocessedItems };
  const mode = input.ReturnConsumedCapacity as ReturnConsumedCapacity;
  if (mode === 'TOTAL' || mode === 'INDEXES') output.ConsumedCapacity = [...tallies.values()].map((tally) => tally.render(mode));
  return output;
};

function checkConstraints(input: BatchWriteItemInput): void {
  new ConstraintCheck()
    .oneOf(input.ReturnConsumedCapacity, 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY)
    .oneOf(input.ReturnItemCollectionMetrics, 'returnItemCollectionMetrics', RETURN_ITEM_COLLECTION_METRICS)
    .throwIfInvalid();
  const tables = Object.entries(input.RequestItems ?? {});
  if (tables.length === 0) throw validationError('BatchWriteItem cannot have a null or no requests set');
  for (const [name, requests] of tables) {
    if (!requests || requests.length === 0) throw validationError(`The batch write request list for a table cannot be null or empty: ${name}`);
  }
  const total = tables.reduce((sum, [, requests]) => sum + requests.length, 0);
  if (total > MAX_REQUESTS) throw validationError('Too many items requested for the BatchWriteItem call');
}

function prepareRequests(input: BatchWriteItemInput, database: Database): PreparedRequest[] {
  const prepared: PreparedRequest[] = [];
  const duplicates = new DuplicateKeyGuard();
  for (const [tableName, requests] of Object.entries(input.RequestItems!)) {
    const table = database.table(tableName);
    for (const request of requests) {
      if (Boolean(request.PutRequest) === Boolean(request.DeleteRequest)) {
        // DynamoDB Local's (odd) wording for a WriteRequest with neither or both requests.
        throw validationError('Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes');
      }
      if (request.PutRequest) {
        const item = validateItemValues(request.PutRequest.Item ?? {}, 'Item');
        validateItemKeys(table.definition, item);
        checkItemNesting(item);
        checkItemSize(item);
        const key = extractKey(table.definition.keys, item);
        duplicates.add(tableName, table.definition.keys, key);
        prepared.push({ tableName, table, request, item, key });
      } else {
        const key = validateKey(table.definition, request.DeleteRequest!.Key);
        duplicates.add(tableName, table.definition.keys, key);
        prepared.push({ tableName, table, request, key });
      }
    }
  }
  return prepared;
}
