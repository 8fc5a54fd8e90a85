import { validationError } from '../../errors';

/**
 * DynamoDB refuses requests that mix the legacy parameters (Expected, AttributesToGet, ...) with
 * expressions.
 */
export function checkLegacyParameters(
  request: object,
  legacy: readonly string[],
  expressions: readonly string[],
): void {
  const input = request as Record<string, unknown>;
  const usedLegacy = legacy.filter((name) => input[name] !== undefined);
  const usedExpressions = expressions.filter((name) => input[name] !== undefined);
  if (usedLegacy.length > 0 && usedExpressions.length > 0) {
    throw validationError(
      'Can not use both expression and non-expression parameters in the same request: ' +
        `Non-expression parameters: {${usedLegacy.join(', ')}} Expression parameters: {${usedExpressions.join(', ')}}`,
    );
  }
}
