import type { PathSegment } from '../path';
import { createPathOperand, type PathOperand } from './path-operand';
import { createValueOperand, type ValueOperand } from './value-operand';

/** `SET path = :value` (replaces the value; nested paths update a map in place). */
export interface SetAction {
  readonly kind: 'set';
  readonly path: PathOperand;
  readonly value: ValueOperand;
}

export function createSetAction(path: readonly PathSegment[], value: unknown): SetAction {
  return Object.freeze({
    kind: 'set',
    path: createPathOperand(path),
    value: createValueOperand(value),
  });
}
