import { formatPath, type PathSegment } from '../path';
import { toStorableSet } from '../set-values';
import { createPathOperand, type PathOperand } from './path-operand';

/** `DELETE path :set`: removes elements from a set. */
export interface DeleteAction {
  readonly kind: 'delete';
  readonly path: PathOperand;
  readonly value: ReadonlySet<unknown>;
}

export function createDeleteAction(
  path: readonly PathSegment[],
  values: Iterable<unknown>,
): DeleteAction {
  return Object.freeze({
    kind: 'delete',
    path: createPathOperand(path),
    value: toStorableSet(values, `remove from set ${formatPath(path)}`),
  });
}
