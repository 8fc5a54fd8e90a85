import { validationError } from '../errors';
import { itemSize, type Item } from '../values';

export const MAX_ITEM_BYTES = 400 * 1024;

/** Refuses an item over DynamoDB's 400 KB limit (UpdateItem words it differently). */
export function checkItemSize(item: Item, operation: 'write' | 'update' = 'write'): void {
  if (itemSize(item) <= MAX_ITEM_BYTES) return;
  throw validationError(
    operation === 'update'
      ? 'Item size to update has exceeded the maximum allowed size'
      : 'Item size has exceeded the maximum allowed size',
  );
}
