import type { ExpressionContext } from '../expression-context';

/** The placeholder maps of one request, ready to spread into DocumentClient params. */
export interface ExpressionAttributeParams {
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
}

/**
 * ExpressionAttributeNames / ExpressionAttributeValues for everything compiled with `ctx`;
 * empty maps are left out because DynamoDB rejects them.
 *
 * @example
 * const params = { TableName, Key, ConditionExpression: compileCondition(node, ctx), ...expressionParams(ctx) };
 */
export function expressionParams(ctx: ExpressionContext): ExpressionAttributeParams {
  const params: ExpressionAttributeParams = {};
  const names = ctx.names();
  const values = ctx.values();
  if (names) params.ExpressionAttributeNames = names;
  if (values) params.ExpressionAttributeValues = values;
  return params;
}
