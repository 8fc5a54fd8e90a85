import type { Item } from '../values';
import type { TimeToLiveSetting } from '../schema/table-definition';

const FIVE_YEARS_SECONDS = 5 * 365 * 24 * 60 * 60;

/**
 * Whether TTL has expired the item: the TTL attribute is a number of epoch seconds in the past.
 * As in DynamoDB, other types and values more than five years in the past are ignored.
 *
 * DynamoDB deletes expired items lazily (typically within days) and still returns them until
 * then; the engine instead treats them as deleted from the moment they expire, so tests are
 * deterministic.
 */
export function isExpired(item: Item, setting: TimeToLiveSetting | undefined, nowMs: number): boolean {
  if (!setting?.enabled) return false;
  const value = item[setting.attributeName]?.N;
  if (value === undefined) return false;
  const expiresAt = Number(value);
  const nowSeconds = nowMs / 1000;
  return Number.isFinite(expiresAt) && expiresAt < nowSeconds && expiresAt > nowSeconds - FIVE_YEARS_SECONDS;
}
