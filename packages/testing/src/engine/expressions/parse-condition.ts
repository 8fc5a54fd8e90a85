import type { ConditionAst } from './ast';
import { parseConditionSyntax } from './condition-parser';
import { openExpression, resolveContext } from './expression-source';
import type { ExpressionUsage } from './expression-usage';
import type { ExpressionKind } from './messages';
import { resolveCondition } from './resolve-condition';
import { checkConditionSyntax } from './syntax-checks';

/**
 * Parses and validates a ConditionExpression (or, with kind 'FilterExpression', a filter) with
 * DynamoDB's error messages; placeholders are substituted from `usage` and marked used.
 * @example parseCondition('attribute_not_exists(#pk) OR #v < :max', usage)
 */
export function parseCondition(
  expression: string,
  usage: ExpressionUsage,
  kind: 'ConditionExpression' | 'FilterExpression' | 'KeyConditionExpression' = 'ConditionExpression',
): ConditionAst {
  return parseConditionOfKind(expression, usage, kind);
}

export function parseConditionOfKind(expression: string, usage: ExpressionUsage, kind: ExpressionKind): ConditionAst {
  const stream = openExpression(expression, kind);
  const syntax = parseConditionSyntax(stream);
  checkConditionSyntax(syntax, stream);
  return resolveCondition(syntax, resolveContext(stream, usage));
}
