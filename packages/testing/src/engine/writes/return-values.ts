import { applyProjection, resolvePath, type DocumentPath } from '../expressions';
import type { Item } from '../values';
import type { PreparedWrite } from './prepared-write';

/** The `Attributes` of a write's response for its ReturnValues, or undefined for none. */
export function returnedAttributes(
  mode: string | undefined,
  write: PreparedWrite,
  existing: Item | undefined,
  next: Item | undefined,
): Item | undefined {
  switch (mode) {
    case 'ALL_OLD':
      return existing;
    case 'ALL_NEW':
      return next;
    case 'UPDATED_OLD':
      return nonEmpty(existing && applyProjection(topLevelPaths(write, existing), existing));
    case 'UPDATED_NEW':
      return nonEmpty(next && applyProjection(topLevelPaths(write, next), next));
    default:
      return undefined;
  }
}

function nonEmpty(item: Item | undefined): Item | undefined {
  return item && Object.keys(item).length > 0 ? item : undefined;
}

/**
 * The top-level attributes to return of the item before (UPDATED_OLD) or after (UPDATED_NEW):
 * those of the updated paths that exist in it. A removed path is gone from the new item, and a
 * list element SET past the end is stored at the end, not at its index. DynamoDB Local returns
 * the whole top-level attribute (all of `m` for SET m.y.z), where DynamoDB returns only the
 * updated part.
 */
function topLevelPaths(write: PreparedWrite, item: Item): DocumentPath[] {
  return (write.updatedPaths ?? []).filter((path) => resolvePath(path, item) !== undefined).map((path) => path.slice(0, 1));
}
