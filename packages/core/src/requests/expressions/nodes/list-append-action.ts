import { InvalidExpressionError } from '../invalid-expression-error';
import { formatPath, type PathSegment } from '../path';
import { createPathOperand, type PathOperand } from './path-operand';

/**
 * `SET path = list_append(if_not_exists(path, :empty), :list)` for 'end', the operands swapped
 * for 'start'; an absent list counts as empty.
 */
export interface ListAppendAction {
  readonly kind: 'listAppend';
  readonly path: PathOperand;
  readonly position: 'start' | 'end';
  /** The stored form of the elements to add. */
  readonly elements: readonly unknown[];
}

export function createListAppendAction(
  path: readonly PathSegment[],
  position: 'start' | 'end',
  elements: readonly unknown[],
): ListAppendAction {
  if (!Array.isArray(elements)) {
    throw new InvalidExpressionError(
      `${position === 'end' ? 'append' : 'prepend'} to ${formatPath(path)} needs an array`,
    );
  }
  return Object.freeze({
    kind: 'listAppend',
    path: createPathOperand(path),
    position,
    elements: Object.freeze([...elements]),
  });
}
