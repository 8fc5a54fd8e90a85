import type { ConditionNode } from './condition-node';

/** The condition does not hold; always compiled with parentheses: `NOT (...)`. */
export interface NotNode {
  readonly kind: 'not';
  readonly condition: ConditionNode;
}

export function createNotNode(condition: ConditionNode): NotNode {
  return Object.freeze({ kind: 'not', condition });
}
