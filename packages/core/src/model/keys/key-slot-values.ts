import type { EntityMetadata } from '../metadata/types';
import { parseKeyValue } from './parse-key-value';

/**
 * The entity properties a stored primary key was rendered from (the slots of the pk and sk
 * templates), for messages that name the item as the application knows it; `undefined` when
 * the key does not have the entity's shape.
 *
 * @example
 * keySlotValues(orderMeta, { PK: 'CUSTOMER#c1', SK: 'ORDER#2026-11-03#o1' })
 * // { customerId: 'c1', placedAt: '2026-11-03', id: 'o1' }
 */
export function keySlotValues(
  meta: EntityMetadata,
  key: Record<string, unknown>,
): Record<string, unknown> | undefined {
  const { table, keys, attributes } = meta;
  const partition = parseKeyValue(keys.pk, key[table.partitionKey] as string, attributes);
  if (!partition) return undefined;
  if (!table.sortKey || !keys.sk) return partition;
  const sort = parseKeyValue(keys.sk, key[table.sortKey] as string, attributes);
  return sort ? { ...partition, ...sort } : undefined;
}
