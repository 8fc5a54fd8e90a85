import { FORBIDDEN_KEYS } from '../../model/mapping/storable';
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
  // Most paths are plain property names: one segment, nothing to split.
  if (PLAIN.test(propertyPath)) return [propertyPath];
  return splitPath(propertyPath);
}

const PLAIN = /^[^.[\]]+$/;

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
    if (FORBIDDEN_KEYS.has(match[1])) {
      throw new InvalidExpressionError(
        `Invalid property path "${propertyPath}": "${match[1]}" is refused as a map key ` +
          "(read back, it would replace an object's prototype)",
        { property: propertyPath },
      );
    }
    segments.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
  }
  return segments;
}
