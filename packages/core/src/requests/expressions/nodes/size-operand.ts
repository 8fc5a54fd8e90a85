import { assertValidPath, type PathSegment } from '../path';

/** `size(path)`: length of a string/binary, number of elements of a list, map or set. */
export interface SizeOperand {
  readonly kind: 'size';
  readonly path: readonly PathSegment[];
}

export function createSizeOperand(path: readonly PathSegment[]): SizeOperand {
  assertValidPath(path);
  return Object.freeze({ kind: 'size', path: Object.freeze([...path]) });
}
