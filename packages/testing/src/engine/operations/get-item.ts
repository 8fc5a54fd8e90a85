import type { GetItemInput } from '@aws-sdk/client-dynamodb';
import { CapacityTally, readUnits, type ReturnConsumedCapacity } from '../capacity';
import type { Operation, OperationOutput } from '../operation-context';
import { parseAttributeSelection, selectAttributes, type AttributeSelection } from '../reads/attribute-selection';
import { RETURN_CONSUMED_CAPACITY } from '../requests/common-parameters';
import { startExpressionUsage } from '../requests/expression-usage';
import { checkKeyPaths } from '../requests/key-paths';
import { checkLegacyParameters } from '../requests/legacy';
import { ConstraintCheck } from '../schema/constraints';
import { validateKey, validateKeyValues } from '../schema/key-validation';
import { itemSize, type Item } from '../values';

interface CheckedGet {
  input: GetItemInput;
  selection: AttributeSelection;
  key: Item;
}

export const getItem: Operation<GetItemInput, CheckedGet> = {
  check: (input) => {
    new ConstraintCheck()
      .resourceName(input.TableName)
      .notNull(input.Key, 'key')
      .oneOf(input.ReturnConsumedCapacity, 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY)
      .length(input.AttributesToGet, 'attributesToGet', 1, 255)
      .throwIfInvalid();
    checkLegacyParameters(input, ['AttributesToGet'], ['ProjectionExpression']);
    const usage = startExpressionUsage(input, { ProjectionExpression: input.ProjectionExpression }, []);
    const selection = parseAttributeSelection(input, usage);
    usage.finish();
    return { input, selection, key: validateKeyValues(input.Key) };
  },
  run: ({ input, selection, key }, { database, clock }) => {
    const table = database.table(input.TableName!);
    const validKey = validateKey(table.definition, key);
    checkKeyPaths(table.definition, selection.paths ?? []);
    const item = table.liveItem(validKey, clock.nowMs());
    const output: OperationOutput = {};
    if (item) output.Item = selectAttributes(selection, item);
    const capacity = new CapacityTally(table)
      .addTable(readUnits(item ? itemSize(item) : 0, Boolean(input.ConsistentRead)))
      .render(input.ReturnConsumedCapacity as ReturnConsumedCapacity);
    if (capacity) output.ConsumedCapacity = capacity;
    return output;
  },
};
