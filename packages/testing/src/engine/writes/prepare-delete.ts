import type { ConditionAst } from '../expressions';
import { conditionPaths } from '../requests/document-paths';
import { checkKeyPaths } from '../requests/key-paths';
import { checkLegacyParameters } from '../requests/legacy';
import { startExpressionUsage, type ExpressionInputs } from '../requests/expression-usage';
import { validateKey, validateKeyValues } from '../schema/key-validation';
import type { Database } from '../state/database';
import type { Item } from '../values';
import type { PreparedWrite } from './prepared-write';
import { parseWriteCondition, type LegacyConditionParameters } from './write-condition';

export interface KeyedConditionParameters extends ExpressionInputs, LegacyConditionParameters {
  TableName?: string;
  Key?: Item;
  ConditionExpression?: string;
  ReturnValuesOnConditionCheckFailure?: string;
}

/** A Delete or ConditionCheck checked without its table: its condition and key values. */
export interface CheckedDelete {
  kind: 'Delete' | 'ConditionCheck';
  input: KeyedConditionParameters;
  condition?: ConditionAst;
  key: Item;
}

/** Checks a DeleteItem (or a transaction's Delete or ConditionCheck) as far as the request alone allows. */
export function checkDelete(input: KeyedConditionParameters, kind: CheckedDelete['kind'] = 'Delete'): CheckedDelete {
  checkLegacyParameters(input, ['Expected', 'ConditionalOperator'], ['ConditionExpression']);
  const usage = startExpressionUsage(input, { ConditionExpression: input.ConditionExpression }, ['ConditionExpression']);
  const condition = parseWriteCondition(input, usage);
  usage.finish();
  return { kind, input, condition, key: validateKeyValues(input.Key) };
}

/** Checks a Delete or ConditionCheck against its table's key schema and prepares it. */
export function prepareDelete({ kind, input, condition, key }: CheckedDelete, database: Database): PreparedWrite {
  const table = database.table(input.TableName!);
  const validKey = validateKey(table.definition, key);
  checkKeyPaths(table.definition, condition ? conditionPaths(condition) : []);
  return {
    kind,
    table,
    key: validKey,
    condition,
    returnValuesOnConditionCheckFailure: input.ReturnValuesOnConditionCheckFailure,
    compute: (existing) => (kind === 'ConditionCheck' ? existing : undefined),
  };
}
