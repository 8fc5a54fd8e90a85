import { InvalidExpressionError } from './invalid-expression-error';

/** One step of a physical attribute path: a map key / attribute name, or a list index. */
export type PathSegment = string | number;

/**
 * Checks a physical path: it starts with an attribute name, map keys are non-empty strings and
 * list indexes are non-negative integers. DynamoDB would reject anything else with a vaguer error.
 */
export function assertValidPath(path: readonly PathSegment[]): void {
  if (path.length === 0) throw new InvalidExpressionError('An attribute path cannot be empty');
  if (typeof path[0] !== 'string') {
    throw new InvalidExpressionError(
      `An attribute path must start with an attribute name, got ${formatPath(path)}`,
    );
  }
  for (const segment of path) {
    if (typeof segment === 'string' && segment.length === 0) {
      throw new InvalidExpressionError(`Empty attribute name in path ${formatPath(path)}`);
    }
    if (typeof segment === 'number' && !(Number.isInteger(segment) && segment >= 0)) {
      throw new InvalidExpressionError(
        `List index ${segment} in path ${formatPath(path)} must be a non-negative integer`,
      );
    }
  }
}

/** Human-readable form for error messages: `addr.city`, `tags[0]`. Not an expression. */
export function formatPath(path: readonly PathSegment[]): string {
  return path
    .map((segment, i) =>
      typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`,
    )
    .join('');
}

/**
 * True when the paths are equal or one is a prefix of the other (`a` and `a.b`, `l` and `l[0]`).
 * DynamoDB rejects an update expression or a projection that names two such paths.
 */
export function pathsOverlap(a: readonly PathSegment[], b: readonly PathSegment[]): boolean {
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}
