import type { TransactGetItemsInput } from '@aws-sdk/client-dynamodb';
import { CapacityTally, readUnits, type ReturnConsumedCapacity } from '../capacity';
import type { OperationHandler } from '../operation-context';
import { parseAttributeSelection, selectAttributes } from '../reads/attribute-selection';
import { RETURN_CONSUMED_CAPACITY } from '../requests/common-parameters';
import { DuplicateKeyGuard } from '../requests/duplicate-keys';
import { startExpressionUsage } from '../requests/expression-usage';
import { ConstraintCheck } from '../schema/constraints';
import { validateKey } from '../schema/key-validation';
import { itemSize } from '../values';

const MAX_ACTIONS = 100;
const SAME_ITEM = 'Transaction request cannot include multiple operations on one item';

/** TransactGetItems: a consistent read of up to 100 items; transactional reads cost double. */
export const transactGetItems: OperationHandler<TransactGetItemsInput> = (input, { database, clock }) => {
  const check = new ConstraintCheck()
    .notNull(input.TransactItems, 'transactItems')
    .length(input.TransactItems, 'transactItems', 1, MAX_ACTIONS)
    .oneOf(input.ReturnConsumedCapacity, 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY);
  input.TransactItems?.forEach((action, i) => {
    const path = `transactItems.${i + 1}.member.get`;
    check.notNull(action.Get, path);
    if (action.Get) check.resourceName(action.Get.TableName, `${path}.tableName`).notNull(action.Get.Key, `${path}.key`);
  });
  check.throwIfInvalid();

  const duplicates = new DuplicateKeyGuard(SAME_ITEM);
  const reads = input.TransactItems!.map(({ Get: get }) => {
    const usage = startExpressionUsage(get!, get!.ProjectionExpression !== undefined);
    const selection = parseAttributeSelection(get!, usage);
    usage.finish();
    const table = database.table(get!.TableName!);
    const key = validateKey(table.definition, get!.Key);
    duplicates.add(table.name, table.definition.keys, key);
    return { table, key, selection };
  });

  const nowMs = clock.nowMs();
  const tallies = new Map<string, CapacityTally>();
  const responses = reads.map(({ table, key, selection }) => {
    const item = table.liveItem(key, nowMs);
    const tally = tallies.get(table.name) ?? new CapacityTally(table);
    tallies.set(table.name, tally.addTable(readUnits(item ? itemSize(item) : 0, true) * 2));
    return item ? { Item: selectAttributes(selection, item) } : {};
  });
  const output: Record<string, unknown> = { Responses: responses };
  const mode = input.ReturnConsumedCapacity as ReturnConsumedCapacity;
  if (mode === 'TOTAL' || mode === 'INDEXES') output.ConsumedCapacity = [...tallies.values()].map((tally) => tally.render(mode));
  return output;
};
