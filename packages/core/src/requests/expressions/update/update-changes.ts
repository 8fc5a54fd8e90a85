import type { AttributeKey, NestedPath } from '../condition/condition-types';
import type { UpdateOperator } from './update-operator';

/**
 * The `changes` of an update on entity T: new values (SET; `null` stores NULL, `undefined` is
 * skipped), operators, or nested paths updated in place.
 *
 * @example
 * const changes: UpdateChanges<Customer> = { name: 'Ada', points: increment(10),
 *   nickname: remove(), 'address.city': 'Oslo' };
 */
export type UpdateChanges<T> = {
  [K in AttributeKey<T>]?: T[K] | null | UpdateOperator;
} & {
  [path: NestedPath]: unknown;
};
