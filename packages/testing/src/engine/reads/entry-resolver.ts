import type { Item } from '../values';
import type { ReadTarget } from './read-target';

/**
 * How a read turns a stored entry into the item it filters and returns. Table and GSI entries
 * are used as they are; an LSI with a partial projection fetches the table item, as DynamoDB
 * does for attributes the index does not hold. Expired items resolve to undefined (when an
 * index does not hold the TTL attribute, the table item tells).
 */
export function entryResolver(target: ReadTarget, nowMs: number): (entry: Item) => Item | undefined {
  const { table, index } = target;
  const fetchFromTable = index !== undefined && index.definition.kind === 'local' && !index.projectsAll;
  const ttl = table.definition.timeToLive;
  const expiryFromTable = index !== undefined && ttl?.enabled === true && !index.projects(ttl.attributeName);
  return (entry) => {
    const tableItem = fetchFromTable || expiryFromTable ? table.items.get(entry) : entry;
    if (!tableItem || table.hasExpired(tableItem, nowMs)) return undefined;
    return fetchFromTable ? tableItem : entry;
  };
}
