import type { AttributeKey, NestedPath } from '../condition/condition-types';
import type { OperatorFor } from './update-operator';

/**
 * The `changes` of an update on entity T: new values (SET; `null` stores NULL, `undefined` is
 * skipped), operators, or nested paths updated in place.
 *
 * @example
 * const changes: UpdateChanges<Customer> = { name: 'Ada', points: increment(10),
 *   nickname: remove(), 'address.city': 'Oslo' };
 */
export type UpdateChanges<T> = {
  [K in AttributeKey<T>]?: T[K] | null | OperatorFor<T[K]>;
} & {
  [path: NestedPath]: unknown;
};
