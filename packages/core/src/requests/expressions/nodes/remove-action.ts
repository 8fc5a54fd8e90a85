import type { PathSegment } from '../path';
import { createPathOperand, type PathOperand } from './path-operand';

/** `REMOVE path`: deletes the attribute (or the map key / list element). */
export interface RemoveAction {
  readonly kind: 'remove';
  readonly path: PathOperand;
}

export function createRemoveAction(path: readonly PathSegment[]): RemoveAction {
  return Object.freeze({ kind: 'remove', path: createPathOperand(path) });
}
