/**
 * A write request built once and used two ways: sent alone by the repository (PutItem,
 * UpdateItem, DeleteItem) or folded into TransactWriteItems by a transaction. The params are
 * the shape both accept.
 */
export interface PreparedWrite<T = unknown> {
  kind: 'create' | 'put' | 'update' | 'delete' | 'check';
  /** Entity name, for error messages and cancellation reasons. */
  entityName: string;
  /** Physical primary key of the item written. */
  key: Record<string, unknown>;
  /** Put / Update / Delete / ConditionCheck params (TableName, Key or Item, expressions). */
  params: Record<string, any>;
  /** The entity as it will be stored (create and put). */
  entity?: T;
  /** The version the caller expected (update/delete with optimistic locking). */
  expectedVersion?: number;
  /** Whether the write carries a user condition (to tell condition failures from version conflicts). */
  hasUserCondition?: boolean;
}

/** The key attributes of a stored item. */
export function pickKey(item: Record<string, unknown>, keyAttributes: (string | undefined)[]) {
  const key: Record<string, unknown> = {};
  for (const name of keyAttributes) if (name) key[name] = item[name];
  return key;
}
