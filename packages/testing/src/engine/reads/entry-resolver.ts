import type { Item } from '../values';
import type { ReadTarget } from './read-target';

/**
 * How a read turns a stored entry into the item it filters and returns. Table and GSI entries
 * are used as they are; an LSI with a partial projection fetches the table item, as DynamoDB
 * does for attributes the index does not hold. Expired items resolve to undefined.
 */
export function entryResolver(target: ReadTarget, nowMs: number): (entry: Item) => Item | undefined {
  const { table, index } = target;
  const fetchFromTable = index !== undefined && index.definition.kind === 'local' && !index.projectsAll;
  return (entry) => {
    const item = fetchFromTable ? table.items.get(entry) : entry;
    if (!item || table.hasExpired(item, nowMs)) return undefined;
    return item;
  };
}
