let counter = 0;

/**
 * A table name no other test of this run uses, even across jest workers sharing one
 * DynamoDB Local.
 *
 * @example const tableName = uniqueTableName('orders'); // 'orders_4711_lx3k9a_0'
 */
export function uniqueTableName(prefix = 'test'): string {
  counter += 1;
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter}`;
}
