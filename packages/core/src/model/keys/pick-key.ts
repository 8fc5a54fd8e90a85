import type { Table } from '../table';

/** The names of a table's primary key attributes: the partition key, and the sort key if any. */
export function primaryKeyAttributes(table: Table): string[] {
  return table.sortKey ? [table.partitionKey, table.sortKey] : [table.partitionKey];
}

/** The key attributes of a stored item. */
export function pickKey(item: Record<string, unknown>, keyAttributes: (string | undefined)[]) {
  const key: Record<string, unknown> = {};
  for (const name of keyAttributes) if (name) key[name] = item[name];
  return key;
}
