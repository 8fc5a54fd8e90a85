import { validationError } from '../errors';
import type { ExpressionUsage } from './expression-usage';
import { type ExpressionKind, expressionMessages, invalidExpression } from './messages';
import type { ResolveContext } from './resolve-operand';
import { TokenStream } from './token-stream';
import { tokenize } from './tokenizer';

const MAX_EXPRESSION_LENGTH = 4096;

/**
 * Checks the text of an expression (not empty, at most 4 KB) and tokenizes it; the first step
 * of every parse* function.
 */
export function openExpression(expression: string, kind: ExpressionKind): TokenStream {
  if (expression.length === 0) throw validationError(invalidExpression(kind, expressionMessages.empty));
  if (expression.length > MAX_EXPRESSION_LENGTH) {
    throw validationError(invalidExpression(kind, expressionMessages.tooLong(expression.length)));
  }
  return new TokenStream(expression, tokenize(expression), kind);
}

export function resolveContext(stream: TokenStream, usage: ExpressionUsage): ResolveContext {
  return { usage, kind: stream.kind, error: (detail) => stream.error(detail) };
}
