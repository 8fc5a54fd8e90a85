import { cond } from '../condition/condition-builders';
import type { ExpressionContext } from '../expression-context';
import { InvalidExpressionError } from '../invalid-expression-error';
import type { ConditionNode } from '../nodes';
import { compileCondition } from './expression-compiler';

/** A condition on a physical sort key value, computed by the repository from a key template. */
export type SortKeyCondition =
  | { op: 'eq' | 'lt' | 'lte' | 'gt' | 'gte' | 'beginsWith'; value: string | number }
  | { op: 'between'; value: string | number; value2: string | number };

function sortKeyNode(sort: { attribute: string } & SortKeyCondition): ConditionNode {
  const path = [sort.attribute];
  switch (sort.op) {
    case 'eq':
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return cond[sort.op](path, sort.value);
    case 'beginsWith':
      if (typeof sort.value !== 'string') {
        throw new InvalidExpressionError(
          `beginsWith on sort key ${sort.attribute} needs a string, got ${typeof sort.value}`,
        );
      }
      return cond.beginsWith(path, sort.value);
    case 'between':
      if (sort.value2 === undefined) {
        throw new InvalidExpressionError(
          `between on sort key ${sort.attribute} needs value and value2`,
        );
      }
      return cond.between(path, sort.value, sort.value2);
    default:
      throw new InvalidExpressionError(
        `Unknown sort key operator "${(sort as { op: string }).op}". ` +
          'Valid operators: eq, lt, lte, gt, gte, beginsWith, between',
      );
  }
}

/**
 * Compiles a KeyConditionExpression: partition key equality, optionally AND one sort key
 * condition (DynamoDB allows nothing else there).
 *
 * @example
 * compileKeyCondition({ attribute: 'PK', value: 'CUSTOMER#1' },
 *   { attribute: 'SK', op: 'beginsWith', value: 'ORDER#2026-11' }, ctx);
 * // '#n0 = :v0 AND begins_with(#n1, :v1)'
 */
export function compileKeyCondition(
  partition: { attribute: string; value: unknown },
  sort: ({ attribute: string } & SortKeyCondition) | undefined,
  ctx: ExpressionContext,
): string {
  const node = cond.and(cond.eq([partition.attribute], partition.value), sort && sortKeyNode(sort));
  return compileCondition(node!, ctx);
}
