import type { Operand } from './operand';

/** `operand BETWEEN low AND high` (inclusive on both ends). */
export interface BetweenNode {
  readonly kind: 'between';
  readonly operand: Operand;
  readonly low: Operand;
  readonly high: Operand;
}

export function createBetweenNode(operand: Operand, low: Operand, high: Operand): BetweenNode {
  return Object.freeze({ kind: 'between', operand, low, high });
}
