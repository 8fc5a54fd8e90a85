import type { KeyInput } from '@monotable/core';

/**
 * An entity holding only its key: enough for `db.relation(owner, ...)`, which needs an instance
 * of the owner's class but not its stored data, so no read is spent on it. The key is typed by
 * the class's `[Keys]` declaration, so a partial key does not compile.
 *
 * @example db.relation(entityRef(Customer, { id }), 'orders').list({ order: 'desc' })
 */
export function entityRef<T extends object>(entity: new () => T, key: KeyInput<T>): T {
  return Object.assign(new entity(), key);
}
