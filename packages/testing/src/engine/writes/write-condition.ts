import type { ExpectedAttributeValue } from '@aws-sdk/client-dynamodb';
import { parseCondition, type ConditionAst, type ExpressionUsage } from '../expressions';
import { checkConditionalOperator, expectedToCondition, hasConditions } from '../requests/legacy';

/** The legacy alternative to ConditionExpression. */
export interface LegacyConditionParameters {
  Expected?: Record<string, ExpectedAttributeValue>;
  ConditionalOperator?: string;
}

/** A write's condition: its ConditionExpression, or the legacy Expected map. */
export function parseWriteCondition(
  input: LegacyConditionParameters & { ConditionExpression?: string },
  usage: ExpressionUsage,
): ConditionAst | undefined {
  if (input.ConditionExpression !== undefined) return parseCondition(input.ConditionExpression, usage, 'ConditionExpression');
  checkConditionalOperator(input.ConditionalOperator, input.Expected);
  return hasConditions(input.Expected) ? expectedToCondition(input.Expected, input.ConditionalOperator) : undefined;
}
