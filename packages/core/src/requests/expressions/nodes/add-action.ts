import { InvalidExpressionError } from '../invalid-expression-error';
import { formatPath, type PathSegment } from '../path';
import { toStorableSet } from '../set-values';
import { createPathOperand, type PathOperand } from './path-operand';

/** `ADD path :value`: adds elements to a set (creating it), or a number to a number. */
export interface AddAction {
  readonly kind: 'add';
  readonly path: PathOperand;
  readonly value: ReadonlySet<unknown> | number;
}

export function createAddAction(
  path: readonly PathSegment[],
  value: Iterable<unknown> | number,
): AddAction {
  const subject = `add to ${formatPath(path)}`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new InvalidExpressionError(`${subject}: ${value} is not a finite number`);
    return Object.freeze({ kind: 'add', path: createPathOperand(path), value });
  }
  return Object.freeze({
    kind: 'add',
    path: createPathOperand(path),
    value: toStorableSet(value, subject),
  });
}
