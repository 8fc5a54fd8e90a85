import type { ConditionNode } from './condition-node';

/** All of the conditions hold. Build with `cond.and`, which flattens and drops empties. */
export interface AndNode {
  readonly kind: 'and';
  readonly conditions: readonly ConditionNode[];
}

export function createAndNode(conditions: readonly ConditionNode[]): AndNode {
  return Object.freeze({ kind: 'and', conditions: Object.freeze([...conditions]) });
}
