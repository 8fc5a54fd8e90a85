import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors';
import type { Item } from '../values';

/** DynamoDB stores documents up to 32 levels of nested maps and lists. */
export const MAX_NESTING_LEVELS = 32;

export function checkItemNesting(item: Item): void {
  for (const value of Object.values(item)) {
    if (nestingLevels(value) > MAX_NESTING_LEVELS) {
      throw validationError('Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit');
    }
  }
}

function nestingLevels(value: AttributeValue): number {
  const children = value.M ? Object.values(value.M) : value.L;
  if (!children) return 0;
  let deepest = 0;
  for (const child of children) deepest = Math.max(deepest, nestingLevels(child));
  return deepest + 1;
}
