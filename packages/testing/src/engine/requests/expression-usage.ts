import { validationError } from '../errors';
import { ExpressionUsage } from '../expressions';
import type { Item } from '../values';

export interface ExpressionInputs {
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Item;
}

/**
 * Starts tracking which placeholders a request's expressions use (ExpressionUsage validates the
 * two maps and reports unused entries at `finish()`). DynamoDB first refuses the maps outright
 * when the request has no expression at all.
 */
export function startExpressionUsage(input: ExpressionInputs, hasExpression: boolean): ExpressionUsage {
  const names = input.ExpressionAttributeNames;
  const values = input.ExpressionAttributeValues;
  if (!hasExpression) {
    if (names) throw validationError('ExpressionAttributeNames can only be specified when using expressions');
    if (values) throw validationError('ExpressionAttributeValues can only be specified when using expressions');
  }
  return new ExpressionUsage({ names, values });
}
