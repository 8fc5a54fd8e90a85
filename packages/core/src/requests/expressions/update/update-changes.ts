import type { AttributeKey } from '../condition/condition-types';
import type { NestedEntries } from '../condition/nested-paths';
import type { OperatorFor, RemoveOperator } from './update-operator';

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
  // A nested map key or list element can always be removed.
  [E in NestedEntries<T> as E['path']]?:
    E['value'] | null | OperatorFor<E['value']> | RemoveOperator;
};
