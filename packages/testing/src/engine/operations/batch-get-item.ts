import type { BatchGetItemInput, KeysAndAttributes } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors';
import { CapacityTally, readUnits, type ReturnConsumedCapacity } from '../capacity';
import type { OperationHandler } from '../operation-context';
import { parseAttributeSelection, selectAttributes, type AttributeSelection } from '../reads/attribute-selection';
import { RETURN_CONSUMED_CAPACITY } from '../requests/common-parameters';
import { DuplicateKeyGuard } from '../requests/duplicate-keys';
import { startExpressionUsage } from '../requests/expression-usage';
import { checkLegacyParameters } from '../requests/legacy';
import { ConstraintCheck } from '../schema/constraints';
import { validateKey } from '../schema/key-validation';
import type { TableState } from '../state/table-state';
import { emptyRecord, itemSize, type Item } from '../values';

const MAX_KEYS = 100;
/** DynamoDB returns at most 16 MB per BatchGetItem; the rest comes back as UnprocessedKeys. */
const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

interface KeyRequest {
  tableName: string;
  table: TableState;
  key: Item;
  request: KeysAndAttributes;
  selection: AttributeSelection;
}

export const batchGetItem: OperationHandler<BatchGetItemInput> = (input, { database, clock, faults }) => {
  new ConstraintCheck().oneOf(input.ReturnConsumedCapacity, 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY).throwIfInvalid();
  const tables = Object.entries(input.RequestItems ?? {});
  if (tables.length === 0) throw validationError('BatchGetItem must have some requests set');
  for (const [tableName, request] of tables) {
    if (!request.Keys || request.Keys.length === 0) {
      throw validationError(`The list of keys in RequestItems for BatchGetItem is required: ${tableName} has empty list`);
    }
  }
  const total = Object.values(input.RequestItems!).reduce((sum, request) => sum + request.Keys!.length, 0);
  if (total > MAX_KEYS) throw validationError('Too many items requested for the BatchGetItem call');

  const requests = collectKeyRequests(input, database);
  const unprocessed = faults.unprocessedPositions('BatchGetItem', requests.length);
  const nowMs = clock.nowMs();
  const responses = emptyRecord<Item[]>();
  const unprocessedKeys = emptyRecord<KeysAndAttributes>();
  const tallies = new Map<string, CapacityTally>();
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
    const tally = tallies.get(entry.tableName) ?? new CapacityTally(entry.table);
    tallies.set(entry.tableName, tally.addTable(item ? readUnits(size, Boolean(entry.request.ConsistentRead)) : 0));
  });
  const output: Record<string, unknown> = { Responses: responses, UnprocessedKeys: unprocessedKeys };
  const mode = input.ReturnConsumedCapacity as ReturnConsumedCapacity;
  if (mode === 'TOTAL' || mode === 'INDEXES') output.ConsumedCapacity = [...tallies.values()].map((tally) => tally.render(mode));
  return output;
};

function collectKeyRequests(input: BatchGetItemInput, database: Parameters<OperationHandler>[1]['database']): KeyRequest[] {
  const requests: KeyRequest[] = [];
  const duplicates = new DuplicateKeyGuard();
  for (const [tableName, request] of Object.entries(input.RequestItems!)) {
    checkLegacyParameters(request, ['AttributesToGet'], ['ProjectionExpression']);
    const usage = startExpressionUsage(request, { ProjectionExpression: request.ProjectionExpression }, []);
    const selection = parseAttributeSelection(request, usage);
    usage.finish();
    const table = database.table(tableName);
    for (const rawKey of request.Keys!) {
      const key = validateKey(table.definition, rawKey);
      duplicates.add(tableName, table.definition.keys, key);
      requests.push({ tableName, table, key, request, selection });
    }
  }
  return requests;
}
