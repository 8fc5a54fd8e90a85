import type { GetItemInput } from '@aws-sdk/client-dynamodb';
import { CapacityTally, readUnits, type ReturnConsumedCapacity } from '../capacity';
import type { OperationHandler, OperationOutput } from '../operation-context';
import { parseAttributeSelection, selectAttributes } from '../reads/attribute-selection';
import { RETURN_CONSUMED_CAPACITY } from '../requests/common-parameters';
import { startExpressionUsage } from '../requests/expression-usage';
import { checkLegacyParameters } from '../requests/legacy';
import { ConstraintCheck } from '../schema/constraints';
import { validateKey } from '../schema/key-validation';
import { itemSize } from '../values';

export const getItem: OperationHandler<GetItemInput> = (input, { database, clock }) => {
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
  const table = database.table(input.TableName!);
  const key = validateKey(table.definition, input.Key);
  const item = table.liveItem(key, clock.nowMs());
  const output: OperationOutput = {};
  if (item) output.Item = selectAttributes(selection, item);
  const capacity = new CapacityTally(table)
    .addTable(readUnits(item ? itemSize(item) : 0, Boolean(input.ConsistentRead)))
    .render(input.ReturnConsumedCapacity as ReturnConsumedCapacity);
  if (capacity) output.ConsumedCapacity = capacity;
  return output;
};
