import type { Condition } from '@aws-sdk/client-dynamodb';
import { parseCondition, type ConditionAst, type ExpressionUsage } from '../expressions';
import { checkConditionalOperator, conditionsToCondition, hasConditions } from '../requests/legacy';

/**
 * The filter of a Query or Scan: the FilterExpression, or else the legacy QueryFilter /
 * ScanFilter with its ConditionalOperator (an empty one filters nothing).
 */
export function parseReadFilter(
  filterExpression: string | undefined,
  legacyFilter: Record<string, Condition> | undefined,
  conditionalOperator: string | undefined,
  usage: ExpressionUsage,
): ConditionAst | undefined {
  if (filterExpression !== undefined)
    return parseCondition(filterExpression, usage, 'FilterExpression');
  checkConditionalOperator(conditionalOperator, legacyFilter);
  return hasConditions(legacyFilter) ? conditionsToCondition(legacyFilter, conditionalOperator) : undefined;
}
