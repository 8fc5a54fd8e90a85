import { InvalidExpressionError } from './invalid-expression-error';

/** DynamoDB accepts at most 100 operands on the right-hand side of IN. */
export const MAX_IN_OPERANDS = 100;

/** DynamoDB rejects any expression string longer than 4 KB. */
export const MAX_EXPRESSION_BYTES = 4 * 1024;

/** Throws when an `in` list is empty or longer than DynamoDB allows. */
export function assertInOperandCount(count: number, subject: string): void {
  if (count === 0) {
    throw new InvalidExpressionError(`${subject}: "in" needs at least one value`);
  }
  if (count > MAX_IN_OPERANDS) {
    throw new InvalidExpressionError(
      `${subject}: "in" takes at most ${MAX_IN_OPERANDS} values, got ${count}; ` +
        'split the request or use a range (between) instead',
    );
  }
}

/** Returns the expression unchanged, or throws when it exceeds DynamoDB's 4 KB limit. */
export function assertExpressionSize(kind: string, expression: string): string {
  const bytes = Buffer.byteLength(expression, 'utf8');
  if (bytes > MAX_EXPRESSION_BYTES) {
    throw new InvalidExpressionError(
      `The ${kind} expression is ${bytes} bytes; DynamoDB's limit is ${MAX_EXPRESSION_BYTES} bytes. ` +
        'Use fewer conditions, shorter "in" lists or fewer attributes',
    );
  }
  return expression;
}
