import { compilePath, type ExpressionContext } from '../expression-context';
import { InvalidExpressionError } from '../invalid-expression-error';
import { assertExpressionSize } from '../limits';
import { pathsOverlap, type PathSegment } from '../path';

/**
 * Compiles a ProjectionExpression. Duplicates and paths covered by a parent path are dropped,
 * since DynamoDB rejects overlapping paths and the parent returns them anyway.
 *
 * @example
 * compileProjection([['id'], ['addr', 'city']], ctx); // '#n0, #n1.#n2'
 */
export function compileProjection(paths: readonly PathSegment[][], ctx: ExpressionContext): string {
  if (paths.length === 0) {
    throw new InvalidExpressionError('A projection needs at least one attribute');
  }
  const kept = paths.filter((path, i) =>
    paths.every(
      (other, j) =>
        j === i ||
        !pathsOverlap(path, other) ||
        other.length > path.length ||
        (other.length === path.length && j > i),
    ),
  );
  return assertExpressionSize('projection', kept.map((path) => compilePath(path, ctx)).join(', '));
}
