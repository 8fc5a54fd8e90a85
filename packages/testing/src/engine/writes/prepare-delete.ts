import { checkLegacyParameters } from '../requests/legacy';
import { startExpressionUsage, type ExpressionInputs } from '../requests/expression-usage';
import { validateKey } from '../schema/key-validation';
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

/** Validates a DeleteItem (or a transaction's Delete or ConditionCheck) and prepares it. */
export function prepareDelete(input: KeyedConditionParameters, database: Database, kind: 'Delete' | 'ConditionCheck' = 'Delete'): PreparedWrite {
  checkLegacyParameters(input, ['Expected', 'ConditionalOperator'], ['ConditionExpression']);
  const usage = startExpressionUsage(input, { ConditionExpression: input.ConditionExpression }, ['ConditionExpression']);
  const condition = parseWriteCondition(input, usage);
  usage.finish();
  const table = database.table(input.TableName!);
  const key = validateKey(table.definition, input.Key);
  return {
    kind,
    table,
    key,
    condition,
    returnValuesOnConditionCheckFailure: input.ReturnValuesOnConditionCheckFailure,
    compute: (existing) => (kind === 'ConditionCheck' ? existing : undefined),
  };
}
