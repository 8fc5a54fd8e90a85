import type { ConditionNode } from './condition-node';

/** At least one of the conditions holds. Build with `cond.or`, which flattens and drops empties. */
export interface OrNode {
  readonly kind: 'or';
  readonly conditions: readonly ConditionNode[];
}

export function createOrNode(conditions: readonly ConditionNode[]): OrNode {
  return Object.freeze({ kind: 'or', conditions: Object.freeze([...conditions]) });
}
