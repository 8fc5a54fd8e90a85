import type { Operand } from './operand';

/** DynamoDB's comparators, as written in an expression. */
export type ComparisonOperator = '=' | '<>' | '<' | '<=' | '>' | '>=';

/** `left <op> right`, e.g. `#n0 >= :v0` or `size(#n0) > :v0`. */
export interface ComparisonNode {
  readonly kind: 'comparison';
  readonly operator: ComparisonOperator;
  readonly left: Operand;
  readonly right: Operand;
}

export function createComparisonNode(
  left: Operand,
  operator: ComparisonOperator,
  right: Operand,
): ComparisonNode {
  return Object.freeze({ kind: 'comparison', operator, left, right });
}
