import type { BatchGetItemInput, KeysAndAttributes } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors';
import { readUnits, TableTallies, type ReturnConsumedCapacity } from '../capacity';
import type { Operation } from '../operation-context';
import { parseAttributeSelection, selectAttributes, type AttributeSelection } from '../reads/attribute-selection';
import { RETURN_CONSUMED_CAPACITY } from '../requests/common-parameters';
import { checkDistinctKeyMaps, DuplicateKeyGuard } from '../requests/duplicate-keys';
import { startExpressionUsage } from '../requests/expression-usage';
import { checkKeyPaths } from '../requests/key-paths';
import { checkLegacyParameters } from '../requests/legacy';
import { ConstraintCheck } from '../schema/constraints';
import { validateKey, validateKeyValues } from '../schema/key-validation';
import type { Database } from '../state/database';
import type { TableState } from '../state/table-state';
import { inLocalOrder } from '../requests/table-order';
import { emptyRecord, itemSize, type Item } from '../values';

const MAX_KEYS = 100;
/** DynamoDB returns at most 16 MB per BatchGetItem; the rest comes back as UnprocessedKeys. */
const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** One table's part of the request, checked without the table. */
interface CheckedTableRequest {
  tableName: string;
  request: KeysAndAttributes;
  selection: AttributeSelection;
  keys: Item[];
}

interface KeyRequest {
  tableName: string;
  table: TableState;
  key: Item;
  request: KeysAndAttributes;
  selection: AttributeSelection;
}

export const batchGetItem: Operation<BatchGetItemInput, { input: BatchGetItemInput; tables: CheckedTableRequest[] }> = {
  check: (input) => ({ input, tables: checkRequest(input) }),
  run: ({ input, tables }, { database, clock, faults }) => {
    const requests = resolveKeyRequests(tables, database);
    const unprocessed = faults.unprocessedPositions('BatchGetItem', requests.length);
    const nowMs = clock.nowMs();
    const responses = emptyRecord<Item[]>();
    const unprocessedKeys = emptyRecord<KeysAndAttributes>();
    const tallies = new TableTallies('presized');
    let responseBytes = 0;
    for (const tableName of Object.keys(input.RequestItems!)) responses[tableName] = [];
    requests.forEach((entry, position) => {
      if (unprocessed.has(position) || responseBytes >= MAX_RESPONSE_BYTES) {
        const pending = (unprocessedKeys[entry.tableName] ??= { ...entry.request, Keys: [] });
        pending.Keys!.push(entry.key);
        return;
      }
      const item = entry.table.liveItem(entry.key, nowMs);
      const size = item ? itemSize(item) : 0;
      responseBytes += size;
      if (item) responses[entry.tableName].push(selectAttributes(entry.selection, item));
      tallies.of(entry.table).addTable(item ? readUnits(size, Boolean(entry.request.ConsistentRead)) : 0);
    });
    const output: Record<string, unknown> = { Responses: responses, UnprocessedKeys: unprocessedKeys };
    const capacity = tallies.render(input.ReturnConsumedCapacity as ReturnConsumedCapacity);
    if (capacity) output.ConsumedCapacity = capacity;
    return output;
  },
};

/**
 * Everything the request alone shows: sizes, expressions and key values of every table's part.
 * The tables are checked in DynamoDB Local's order (see inLocalOrder) and returned in the
 * request's order.
 */
function checkRequest(input: BatchGetItemInput): CheckedTableRequest[] {
  new ConstraintCheck().oneOf(input.ReturnConsumedCapacity, 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY).throwIfInvalid();
  const tables = Object.entries(input.RequestItems ?? {});
  if (tables.length === 0) throw validationError('BatchGetItem must have some requests set');
  for (const [tableName, request] of tables) {
    if (!request?.Keys || request.Keys.length === 0) {
      throw validationError(`The list of keys in RequestItems for BatchGetItem is required: ${tableName} has empty list`);
    }
    if (request.Keys.some((key) => key === null || Object.keys(key).length === 0)) {
      throw validationError(
        `The list of keys in RequestItems for BatchGetItem may not contain null or empty values: ${tableName} has one or more empty keys`,
      );
    }
  }
  const total = tables.reduce((sum, [, request]) => sum + request.Keys!.length, 0);
  if (total > MAX_KEYS) throw validationError('Too many items requested for the BatchGetItem call');
  const checked = new Map(
    inLocalOrder(tables).map(([tableName, request]) => {
      checkLegacyParameters(request, ['AttributesToGet'], ['ProjectionExpression']);
      const usage = startExpressionUsage(request, { ProjectionExpression: request.ProjectionExpression }, []);
      const selection = parseAttributeSelection(request, usage);
      usage.finish();
      const keys = request.Keys!.map((key) => validateKeyValues(key));
      checkDistinctKeyMaps(request.Keys!);
      return [tableName, { tableName, request, selection, keys }];
    }),
  );
  // DynamoDB Local checks the table names after the keys.
  for (const [tableName] of tables) new ConstraintCheck().resourceName(tableName);
  return tables.map(([tableName]) => checked.get(tableName)!);
}

/** Looks up each table (in DynamoDB Local's order) and checks its keys against its key schema; the keys in request order. */
function resolveKeyRequests(tables: CheckedTableRequest[], database: Database): KeyRequest[] {
  const duplicates = new DuplicateKeyGuard();
  const resolved = new Map(
    inLocalOrder(tables.map((part) => [part.tableName, part] as const)).map(([tableName, { request, selection, keys }]) => {
      const table = database.table(tableName);
      const requests = keys.map((values): KeyRequest => {
        const key = validateKey(table.definition, values);
        duplicates.add(tableName, table.definition.keys, key);
        return { tableName, table, key, request, selection };
      });
      checkKeyPaths(table.definition, selection.paths ?? []);
      return [tableName, requests];
    }),
  );
  return tables.flatMap(({ tableName }) => resolved.get(tableName)!);
}

