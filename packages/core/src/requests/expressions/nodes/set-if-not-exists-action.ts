import type { PathSegment } from '../path';
import { createPathOperand, type PathOperand } from './path-operand';
import { createValueOperand, type ValueOperand } from './value-operand';

/** `SET path = if_not_exists(path, :value)`: writes only when the attribute is absent. */
export interface SetIfNotExistsAction {
  readonly kind: 'setIfNotExists';
  readonly path: PathOperand;
  readonly value: ValueOperand;
}

export function createSetIfNotExistsAction(
  path: readonly PathSegment[],
  value: unknown,
): SetIfNotExistsAction {
  return Object.freeze({
    kind: 'setIfNotExists',
    path: createPathOperand(path),
    value: createValueOperand(value),
  });
}
