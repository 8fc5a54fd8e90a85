/**
 * An entity holding only key properties: enough for `db.relation(owner, ...)`, which needs an
 * instance of the owner's class but not its stored data, so no read is spent on it.
 *
 * @example db.relation(entityRef(Customer, { id }), 'orders').list({ order: 'desc' })
 */
export function entityRef<T extends object>(entity: new () => T, key: Partial<T>): T {
  return Object.assign(new entity(), key);
}
