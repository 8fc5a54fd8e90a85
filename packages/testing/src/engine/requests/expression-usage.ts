import { validationError } from '../errors';
import { ExpressionUsage } from '../expressions';
import type { Item } from '../values';

export interface ExpressionInputs {
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Item;
}

/**
 * Starts tracking which placeholders a request's expressions use (ExpressionUsage validates the
 * two maps and reports unused entries at `finish()`).
 *
 * `expressions` are the request's expression parameters in DynamoDB's order, `valueUsing` the
 * names of those that can refer to values. DynamoDB Local refuses ExpressionAttributeNames when
 * there is no expression at all, and ExpressionAttributeValues when no value-using expression is
 * given, naming those; an operation without value-using expressions (GetItem) ignores them.
 */
export function startExpressionUsage(
  input: ExpressionInputs,
  expressions: Record<string, string | undefined>,
  valueUsing: readonly string[],
): ExpressionUsage {
  const names = input.ExpressionAttributeNames;
  const values = input.ExpressionAttributeValues;
  const anyExpression = Object.values(expressions).some((expression) => expression !== undefined);
  if (names && !anyExpression) throw validationError('ExpressionAttributeNames can only be specified when using expressions');
  const usesValues = valueUsing.length > 0;
  if (values && usesValues && valueUsing.every((name) => expressions[name] === undefined)) {
    const listed = valueUsing.join(' and ');
    throw validationError(
      `ExpressionAttributeValues can only be specified when using expressions: ${listed} ${valueUsing.length === 1 ? 'is' : 'are'} null`,
    );
  }
  return new ExpressionUsage({ names, values: usesValues ? values : undefined });
}
