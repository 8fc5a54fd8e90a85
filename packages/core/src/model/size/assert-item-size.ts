import { ItemTooLargeError } from '../errors/errors';
import { itemSize } from './item-size';

/** DynamoDB's hard limit on the size of one item: 400 KB. */
export const MAX_ITEM_SIZE = 400 * 1024;

/**
 * Throws `ItemTooLargeError` when `item` is larger than DynamoDB accepts, so the write fails
 * before it is sent, with the entity and the size in the message.
 *
 * @example
 * assertItemSize(params.Item, 'Customer');
 */
export function assertItemSize(item: Record<string, unknown>, entityName: string): void {
  const size = itemSize(item);
  if (size > MAX_ITEM_SIZE) throw new ItemTooLargeError(entityName, size, MAX_ITEM_SIZE);
}
