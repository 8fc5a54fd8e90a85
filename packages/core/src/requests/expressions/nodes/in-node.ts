import { assertInOperandCount } from '../limits';
import type { Operand } from './operand';

/** `operand IN (a, b, ...)`, at most 100 candidates. */
export interface InNode {
  readonly kind: 'in';
  readonly operand: Operand;
  readonly candidates: readonly Operand[];
}

export function createInNode(operand: Operand, candidates: readonly Operand[]): InNode {
  assertInOperandCount(candidates.length, 'IN');
  return Object.freeze({ kind: 'in', operand, candidates: Object.freeze([...candidates]) });
}
