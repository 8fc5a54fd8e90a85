import type { Get, TransactGetItemsInput } from '@aws-sdk/client-dynamodb';
import { readUnits, TableTallies, type ReturnConsumedCapacity } from '../capacity';
import type { Operation } from '../operation-context';
import { parseAttributeSelection, selectAttributes, type AttributeSelection } from '../reads/attribute-selection';
import { RETURN_CONSUMED_CAPACITY } from '../requests/common-parameters';
import { DuplicateKeyGuard } from '../requests/duplicate-keys';
import { startExpressionUsage } from '../requests/expression-usage';
import { checkKeyPaths } from '../requests/key-paths';
import { ConstraintCheck } from '../schema/constraints';
import { validateKey, validateKeyValues } from '../schema/key-validation';
import { itemSize, type Item } from '../values';
import { EngineError, validationError } from '../errors';
import type { TableDefinition } from '../schema/table-definition';

const MAX_ACTIONS = 100;
const SAME_ITEM = 'Transaction request cannot include multiple operations on one item';
const MISSING_ACTIONS = "Value null at 'transactItems' failed to satisfy constraint: Member must not be null";

interface CheckedGet {
  get: Get;
  selection: AttributeSelection;
}

/** TransactGetItems: a consistent read of up to 100 items; transactional reads cost double. */
export const transactGetItems: Operation<TransactGetItemsInput, { input: TransactGetItemsInput; gets: (CheckedGet | undefined)[] }> = {
  check: (input) => {
    const actions = input.TransactItems ?? [];
    // DynamoDB Local treats an empty list as a missing one, and words it without a frame.
    if (actions.length === 0) throw validationError(MISSING_ACTIONS);
    if (actions.length > MAX_ACTIONS) throw validationError(`Member must have length less than or equal to ${MAX_ACTIONS}`);
    const check = new ConstraintCheck().oneOf(input.ReturnConsumedCapacity, 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY);
    actions.forEach((action, i) => {
      const path = `transactItems.${i + 1}.member.get`;
      if (action?.Get) check.resourceName(action.Get.TableName).notNull(action.Get.Key, `${path}.key`);
    });
    check.throwIfInvalid();
    const gets = actions.map((action) => {
      if (!action?.Get) return undefined;
      const usage = startExpressionUsage(action.Get, { ProjectionExpression: action.Get.ProjectionExpression }, []);
      const selection = parseAttributeSelection(action.Get, usage);
      usage.finish();
      return { get: action.Get, selection };
    });
    return { input, gets };
  },
  run: ({ input, gets }, { database, clock }) => {
    const duplicates = new DuplicateKeyGuard(SAME_ITEM);
    const reads = gets.map((checked) => {
      // An action without a Get is refused in its turn, as if the list were missing.
      if (!checked) throw validationError(MISSING_ACTIONS);
      const { get, selection } = checked;
      const table = database.table(get.TableName!);
      const key = keyOfGet(table.definition, get.Key);
      checkKeyPaths(table.definition, selection.paths ?? []);
      duplicates.add(table.name, table.definition.keys, key);
      return { table, key, selection };
    });
    const nowMs = clock.nowMs();
    const tallies = new TableTallies('default');
    const responses = reads.map(({ table, key, selection }) => {
      const item = table.liveItem(key, nowMs);
      tallies.of(table).addTable(readUnits(item ? itemSize(item) : 0, true) * 2);
      return item ? { Item: selectAttributes(selection, item) } : {};
    });
    const output: Record<string, unknown> = { Responses: responses };
    const capacity = tallies.render(input.ReturnConsumedCapacity as ReturnConsumedCapacity);
    if (capacity) output.ConsumedCapacity = capacity;
    return output;
  },
};

/** DynamoDB Local reports an invalid key of a TransactGet, found once its table is, as a cancelled transaction. */
function keyOfGet(definition: TableDefinition, key: Item | undefined): Item {
  try {
    return validateKey(definition, validateKeyValues(key));
  } catch (error) {
    if (error instanceof EngineError && error.type === 'ValidationException') {
      throw new EngineError('TransactionCanceledException', error.message);
    }
    throw error;
  }
}
