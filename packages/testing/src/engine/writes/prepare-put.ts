import { checkLegacyParameters } from '../requests/legacy';
import { startExpressionUsage, type ExpressionInputs } from '../requests/expression-usage';
import { extractKey, validateItemKeys } from '../schema/key-validation';
import type { Database } from '../state/database';
import { validateItemValues, type Item } from '../values';
import { checkItemNesting } from './item-nesting-limit';
import { checkItemSize } from './item-size-limit';
import type { PreparedWrite } from './prepared-write';
import { parseWriteCondition, type LegacyConditionParameters } from './write-condition';

export interface PutParameters extends ExpressionInputs, LegacyConditionParameters {
  TableName?: string;
  Item?: Item;
  ConditionExpression?: string;
  ReturnValuesOnConditionCheckFailure?: string;
}

/** Validates a PutItem (or a transaction's Put) and prepares it. */
export function preparePut(input: PutParameters, database: Database): PreparedWrite {
  checkLegacyParameters(input, ['Expected', 'ConditionalOperator'], ['ConditionExpression']);
  const usage = startExpressionUsage(input, { ConditionExpression: input.ConditionExpression }, ['ConditionExpression']);
  const condition = parseWriteCondition(input, usage);
  usage.finish();
  const table = database.table(input.TableName!);
  const item = validateItemValues(input.Item ?? {}, 'Item');
  validateItemKeys(table.definition, item);
  checkItemNesting(item);
  checkItemSize(item);
  return {
    kind: 'Put',
    table,
    key: extractKey(table.definition.keys, item),
    condition,
    returnValuesOnConditionCheckFailure: input.ReturnValuesOnConditionCheckFailure,
    compute: () => item,
  };
}
