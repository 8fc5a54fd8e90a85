import { assertValidPath, type PathSegment } from '../path';

/** An attribute (or nested element) of the item, e.g. `addr.city`. */
export interface PathOperand {
  readonly kind: 'path';
  readonly path: readonly PathSegment[];
}

export function createPathOperand(path: readonly PathSegment[]): PathOperand {
  assertValidPath(path);
  return Object.freeze({ kind: 'path', path: Object.freeze([...path]) });
}
