import { validationError } from '../../errors';

/**
 * DynamoDB refuses requests that mix the legacy parameters (Expected, AttributesToGet, ...) with
 * expressions. An empty legacy condition map counts as not given, as it does for DynamoDB.
 */
export function checkLegacyParameters(
  request: object,
  legacy: readonly string[],
  expressions: readonly string[],
): void {
  const input = request as Record<string, unknown>;
  const usedLegacy = legacy.filter((name) => input[name] !== undefined && !isEmptyMap(input[name]));
  const usedExpressions = expressions.filter((name) => input[name] !== undefined);
  if (usedLegacy.length > 0 && usedExpressions.length > 0) {
    throw validationError(
      'Can not use both expression and non-expression parameters in the same request: ' +
        `Non-expression parameters: {${usedLegacy.join(', ')}} Expression parameters: {${usedExpressions.join(', ')}}`,
    );
  }
}

/** Whether a legacy condition map (Expected, QueryFilter, ScanFilter, KeyConditions) holds a condition. */
export function hasConditions(conditions: object | undefined): conditions is object {
  return conditions !== undefined && !isEmptyMap(conditions);
}

/** ConditionalOperator only combines the conditions of a filter or of Expected. */
export function checkConditionalOperator(operator: string | undefined, conditions: object | undefined): void {
  if (operator !== undefined && !hasConditions(conditions)) {
    throw validationError('ConditionalOperator cannot be used without Filter or Expected');
  }
}

function isEmptyMap(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
}
