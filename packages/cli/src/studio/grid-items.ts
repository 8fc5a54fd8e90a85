import type { Table } from '@monotable/core';
import type { GridItem, GridPartition } from './api-shapes';
import { toJsonValue } from './json-values';

export type { GridItem, GridPartition } from './api-shapes';

/** The key attributes of the table or of an index (several for a multi-attribute key). */
export function viewKeys(table: Table, index: string | undefined) {
  const { partitionKey, sortKey } = table.keySchema(index);
  return { partitionKey, sortKey };
}

/** Every key attribute of the table and its indexes, then the entity type: the grid's first columns. */
export function keyColumns(table: Table): string[] {
  const names = [undefined, ...Object.keys(table.indexes)].flatMap((index) => {
    const { partitionKey, sortKey } = table.keySchema(index);
    return [...partitionKey, ...sortKey];
  });
  return [...new Set([...names, table.entityTypeAttribute])];
}

const keyText = (item: Record<string, unknown>, names: string[]) =>
  names.map((name) => String(item[name] ?? '')).join(' + ');

const compare = (a: string | undefined, b: string | undefined) =>
  (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;

/**
 * Groups raw items into item collections by the view's partition key, partitions in key order
 * and items in sort key order (a Scan returns them in hash order).
 */
export function groupItems(
  table: Table,
  index: string | undefined,
  items: Record<string, unknown>[],
): GridPartition[] {
  const keys = viewKeys(table, index);
  const partitions = new Map<string, GridItem[]>();
  for (const raw of items) {
    const partition = keyText(raw, keys.partitionKey);
    const gridItem: GridItem = {
      entity: String(raw[table.entityTypeAttribute] ?? '?'),
      partition,
      ...(keys.sortKey.length ? { sort: keyText(raw, keys.sortKey) } : {}),
      item: toJsonValue(raw) as Record<string, unknown>,
    };
    partitions.set(partition, [...(partitions.get(partition) ?? []), gridItem]);
  }
  return [...partitions]
    .sort(([a], [b]) => compare(a, b))
    .map(([key, grouped]) => ({ key, items: grouped.sort((a, b) => compare(a.sort, b.sort)) }));
}
