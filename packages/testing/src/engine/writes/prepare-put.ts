import type { ConditionAst } from '../expressions';
import { conditionPaths } from '../requests/document-paths';
import { checkKeyPaths } from '../requests/key-paths';
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

/** A Put checked without its table: its condition and its item's values, nesting and size. */
export interface CheckedPut {
  kind: 'Put';
  input: PutParameters;
  condition?: ConditionAst;
  item: Item;
}

/** Checks a PutItem (or a transaction's Put) as far as the request alone allows. */
export function checkPut(input: PutParameters): CheckedPut {
  checkLegacyParameters(input, ['Expected', 'ConditionalOperator'], ['ConditionExpression']);
  const usage = startExpressionUsage(input, { ConditionExpression: input.ConditionExpression }, ['ConditionExpression']);
  const condition = parseWriteCondition(input, usage);
  usage.finish();
  const item = validateItemValues(input.Item ?? {}, 'Item');
  checkItemNesting(item);
  checkItemSize(item);
  return { kind: 'Put', input, condition, item };
}

/** Checks a Put against its table's key schema and prepares it. */
export function preparePut({ input, condition, item }: CheckedPut, database: Database): PreparedWrite {
  const table = database.table(input.TableName!);
  validateItemKeys(table.definition, item);
  checkKeyPaths(table.definition, condition ? conditionPaths(condition) : []);
  return {
    kind: 'Put',
    table,
    key: extractKey(table.definition.keys, item),
    condition,
    returnValuesOnConditionCheckFailure: input.ReturnValuesOnConditionCheckFailure,
    compute: () => item,
  };
}
