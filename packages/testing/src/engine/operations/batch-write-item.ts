import type { BatchWriteItemInput, WriteRequest } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors';
import { TableTallies, type ReturnConsumedCapacity } from '../capacity';
import type { Operation } from '../operation-context';
import { RETURN_CONSUMED_CAPACITY, RETURN_ITEM_COLLECTION_METRICS } from '../requests/common-parameters';
import { DuplicateKeyGuard } from '../requests/duplicate-keys';
import { inLocalOrder } from '../requests/table-order';
import { ConstraintCheck } from '../schema/constraints';
import { extractKey, validateItemKeys, validateKey, validateKeyValues } from '../schema/key-validation';
import type { Database } from '../state/database';
import type { TableState } from '../state/table-state';
import { emptyRecord, validateItemValues, type Item } from '../values';
import { checkItemNesting, checkItemSize } from '../writes';

const MAX_REQUESTS = 25;

/** One put (with its item) or delete (with its key), checked without its table. */
interface CheckedRequest {
  tableName: string;
  request: WriteRequest;
  /** The item to put, or undefined for a delete. */
  item?: Item;
  /** The key values of a delete. */
  key?: Item;
}

interface PreparedRequest {
  tableName: string;
  table: TableState;
  request: WriteRequest;
  item?: Item;
  key: Item;
}

/** BatchWriteItem: unconditional puts and deletes, up to 25, each applied on its own. */
export const batchWriteItem: Operation<BatchWriteItemInput, { input: BatchWriteItemInput; requests: CheckedRequest[] }> = {
  check: (input) => ({ input, requests: checkRequests(input) }),
  run: ({ input, requests }, { database, clock, faults }) => {
    const prepared = prepareRequests(requests, database);
    const unprocessed = faults.unprocessedPositions('BatchWriteItem', prepared.length);
    const nowMs = clock.nowMs();
    const unprocessedItems = emptyRecord<WriteRequest[]>();
    const tallies = new TableTallies('default');
    prepared.forEach((entry, position) => {
      if (unprocessed.has(position)) {
        (unprocessedItems[entry.tableName] ??= []).push(entry.request);
        return;
      }
      const existing = entry.table.liveItem(entry.key, nowMs);
      if (entry.item) entry.table.put(entry.item);
      else if (existing) entry.table.delete(entry.key);
      tallies.of(entry.table).chargeWrite(existing, entry.item);
    });
    const output: Record<string, unknown> = { UnprocessedItems: unprocessedItems };
    const capacity = tallies.render(input.ReturnConsumedCapacity as ReturnConsumedCapacity);
    if (capacity) output.ConsumedCapacity = capacity;
    return output;
  },
};

/** Everything the request alone shows: counts, and each item's values, nesting and size. */
function checkRequests(input: BatchWriteItemInput): CheckedRequest[] {
  new ConstraintCheck()
    .oneOf(input.ReturnConsumedCapacity, 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY)
    .oneOf(input.ReturnItemCollectionMetrics, 'returnItemCollectionMetrics', RETURN_ITEM_COLLECTION_METRICS)
    .throwIfInvalid();
  const tables = Object.entries(input.RequestItems ?? {});
  if (tables.length === 0) throw validationError('BatchWriteItem cannot have a null or no requests set');
  for (const [name, requests] of tables) {
    if (!requests || requests.length === 0) throw validationError(`The batch write request list for a table cannot be null or empty: ${name}`);
    if (requests.includes(null as never)) throw validationError('The batch write request list for a table cannot be null or empty');
  }
  const total = tables.reduce((sum, [, requests]) => sum + requests.length, 0);
  if (total > MAX_REQUESTS) throw validationError('Too many items requested for the BatchWriteItem call');
  const checked = new Map(
    inLocalOrder(tables).map(([tableName, requests]) => [tableName, requests.map((request) => checkRequest(tableName, request))]),
  );
  // DynamoDB Local checks the table names after the items.
  for (const [tableName] of tables) new ConstraintCheck().resourceName(tableName);
  return tables.flatMap(([tableName]) => checked.get(tableName)!);
}

function checkRequest(tableName: string, request: WriteRequest): CheckedRequest {
  if (Boolean(request.PutRequest) === Boolean(request.DeleteRequest)) {
    // DynamoDB Local's (odd) wording for a WriteRequest with neither or both requests.
    throw validationError('Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes');
  }
  if (!request.PutRequest) return { tableName, request, key: validateKeyValues(request.DeleteRequest!.Key) };
  const item = validateItemValues(request.PutRequest.Item ?? {}, 'Item');
  checkItemNesting(item);
  checkItemSize(item);
  return { tableName, request, item };
}

/**
 * Looks up each table and checks its requests against its key schema, table after table in
 * DynamoDB Local's order (see inLocalOrder); the requests are returned in the request's order.
 */
function prepareRequests(requests: CheckedRequest[], database: Database): PreparedRequest[] {
  const duplicates = new DuplicateKeyGuard();
  const byTable = new Map<string, CheckedRequest[]>();
  for (const request of requests) byTable.set(request.tableName, [...(byTable.get(request.tableName) ?? []), request]);
  const prepared = new Map<CheckedRequest, PreparedRequest>();
  for (const [tableName, tableRequests] of inLocalOrder([...byTable])) {
    const table = database.table(tableName);
    for (const checked of tableRequests) {
      const { request, item, key } = checked;
      if (item) validateItemKeys(table.definition, item);
      const itemKey = item ? extractKey(table.definition.keys, item) : validateKey(table.definition, key!);
      duplicates.add(tableName, table.definition.keys, itemKey);
      prepared.set(checked, { tableName, table, request, item, key: itemKey });
    }
  }
  return requests.map((request) => prepared.get(request)!);
}
