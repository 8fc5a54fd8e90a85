import { validationError } from '../errors';

/**
 * DynamoDB refuses requests that mix the legacy parameters (Expected, AttributesToGet, ...) with
 * expressions. The engine supports AttributesToGet; the other legacy parameters are refused with
 * an explanation rather than silently ignored.
 */
export function checkLegacyParameters(
  request: object,
  legacy: readonly string[],
  expressions: readonly string[],
  supported: readonly string[] = ['AttributesToGet'],
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
  const unsupported = usedLegacy.filter((name) => !supported.includes(name));
  if (unsupported.length > 0) {
    throw validationError(
      `MemoryDynamoDB does not support the legacy parameter ${unsupported[0]}; use the equivalent expression parameter instead`,
    );
  }
}
