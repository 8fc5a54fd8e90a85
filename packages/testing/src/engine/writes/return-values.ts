import { applyProjection, type DocumentPath } from '../expressions';
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
      return nonEmpty(existing && applyProjection(topLevelPaths(write), existing));
    case 'UPDATED_NEW':
      return nonEmpty(next && applyProjection(topLevelPaths(write), next));
    default:
      return undefined;
  }
}

function nonEmpty(item: Item | undefined): Item | undefined {
  return item && Object.keys(item).length > 0 ? item : undefined;
}

/**
 * DynamoDB Local returns the whole top-level attribute that an update touched (all of `m` for
 * SET m.y.z), where DynamoDB returns only the updated part.
 */
function topLevelPaths(write: PreparedWrite): DocumentPath[] {
  return (write.updatedPaths ?? []).map((path) => path.slice(0, 1));
}
