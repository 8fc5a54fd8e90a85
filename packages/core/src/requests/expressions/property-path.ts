import { InvalidExpressionError } from './invalid-expression-error';
import type { PathSegment } from './path';

const SEGMENT = /^([^.[\]]+)((?:\[\d+\])*)$/;

/**
 * Splits a user-written property path into segments, for resolvers to map onto stored names.
 *
 * @example
 * parsePropertyPath('address.city');    // ['address', 'city']
 * parsePropertyPath('lines[2].sku');    // ['lines', 2, 'sku']
 */
export function parsePropertyPath(propertyPath: string): readonly PathSegment[] {
  let segments = parsed.get(propertyPath);
  if (!segments) {
    segments = Object.freeze(splitPath(propertyPath));
    // Paths come from code (property names), so the set is small; the bound guards against
    // paths built from data.
    if (parsed.size >= MAX_CACHED_PATHS) parsed.clear();
    parsed.set(propertyPath, segments);
  }
  return segments;
}

const MAX_CACHED_PATHS = 10_000;
const parsed = new Map<string, readonly PathSegment[]>();

function splitPath(propertyPath: string): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const part of propertyPath.split('.')) {
    const match = SEGMENT.exec(part);
    if (!match) {
      throw new InvalidExpressionError(
        `Invalid property path "${propertyPath}": write map keys separated by dots and list ` +
          'indexes in brackets, e.g. "address.city" or "lines[0].sku"',
        { property: propertyPath },
      );
    }
    segments.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
  }
  return segments;
}
