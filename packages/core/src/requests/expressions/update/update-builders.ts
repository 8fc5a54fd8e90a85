import {
  createAddAction,
  createDeleteAction,
  createIncrementAction,
  createListAppendAction,
  createRemoveAction,
  createSetAction,
  createSetIfNotExistsAction,
  type UpdateAction,
} from '../nodes';
import type { PathSegment } from '../path';

type Path = readonly PathSegment[];

/**
 * Builds update actions on PHYSICAL paths with stored values, for code that adds its own
 * changes (version bump, timestamps, recomputed index keys) to the user's.
 *
 * @example
 * compileUpdate([...parseUpdate(changes, resolver), update.increment(['version'], 1)], ctx);
 */
export const update = Object.freeze({
  set: (path: Path, value: unknown): UpdateAction => createSetAction(path, value),
  remove: (path: Path): UpdateAction => createRemoveAction(path),
  increment: (path: Path, n: number): UpdateAction => createIncrementAction(path, '+', n),
  decrement: (path: Path, n: number): UpdateAction => createIncrementAction(path, '-', n),
  ifNotExists: (path: Path, value: unknown): UpdateAction =>
    createSetIfNotExistsAction(path, value),
  append: (path: Path, elements: readonly unknown[]): UpdateAction =>
    createListAppendAction(path, 'end', elements),
  prepend: (path: Path, elements: readonly unknown[]): UpdateAction =>
    createListAppendAction(path, 'start', elements),
  /** ADD: elements to a set, or a number to a number. */
  add: (path: Path, value: Iterable<unknown> | number): UpdateAction =>
    createAddAction(path, value),
  /** DELETE: elements from a set. */
  delete: (path: Path, values: Iterable<unknown>): UpdateAction => createDeleteAction(path, values),
});
