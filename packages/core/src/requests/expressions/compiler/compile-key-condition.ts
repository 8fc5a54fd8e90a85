import { cond } from '../condition/condition-builders';
import type { ExpressionContext } from '../expression-context';
import { InvalidExpressionError } from '../invalid-expression-error';
import type { ConditionNode } from '../nodes';
import { compileCondition } from './expression-compiler';

/** A condition on a physical sort key value, computed by the repository from a key template. */
export type SortKeyCondition =
  | { op: 'eq' | 'lt' | 'lte' | 'gt' | 'gte' | 'beginsWith'; value: KeyValue }
  | { op: 'between'; value: KeyValue; value2: KeyValue };

/** A key attribute value: S, N or B. */
type KeyValue = string | number | Uint8Array;

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
      if (typeof sort.value !== 'string' && !(sort.value instanceof Uint8Array)) {
        throw new InvalidExpressionError(
          `beginsWith on sort key ${sort.attribute} needs a string or binary value, got ${typeof sort.value}`,
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

/** Equality on one key attribute. */
export interface KeyEquality {
  attribute: string;
  value: unknown;
}

/**
 * Compiles a KeyConditionExpression: partition key equality, optionally AND one sort key
 * condition (DynamoDB allows nothing else there). A multi-attribute index key gives a list of
 * equalities: every partition key attribute and a leading run of sort key attributes, before
 * the one condition on the next sort key attribute.
 *
 * @example
 * compileKeyCondition({ attribute: 'PK', value: 'CUSTOMER#1' },
 *   { attribute: 'SK', op: 'beginsWith', value: 'ORDER#2026-11' }, ctx);
 * // '#n0 = :v0 AND begins_with(#n1, :v1)'
 * compileKeyCondition([{ attribute: 'orgId', value: 'o1' }, { attribute: 'status', value: 'open' }],
 *   { attribute: 'priority', op: 'gte', value: 3 }, ctx);
 * // '#n0 = :v0 AND #n1 = :v1 AND #n2 >= :v2'
 */
export function compileKeyCondition(
  partition: KeyEquality | readonly KeyEquality[],
  sort: ({ attribute: string } & SortKeyCondition) | undefined,
  ctx: ExpressionContext,
): string {
  const equalities = 'attribute' in partition ? [partition] : partition;
  const node = cond.and(
    ...equalities.map((equality) => cond.eq([equality.attribute], equality.value)),
    sort && sortKeyNode(sort),
  );
  return compileCondition(node!, ctx);
}
