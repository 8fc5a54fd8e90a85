import { namedValueSize } from './attribute-value-size';

/**
 * DynamoDB's size of an item in DocumentClient-native form: for every attribute, the UTF-8
 * bytes of its name plus the size of its value (see AWS "Item sizes and formats").
 *
 * @example
 * itemSize({ PK: 'C#1', n: 42 }); // (2 + 3) + (1 + 2) = 8
 */
export function itemSize(item: Record<string, unknown>): number {
  let size = 0;
  for (const [name, value] of Object.entries(item)) {
    if (value !== undefined) size += namedValueSize(name, value);
  }
  return size;
}
