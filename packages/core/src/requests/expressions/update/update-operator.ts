import type { AttributeResolver } from '../attribute-resolver';
import type { UpdateAction } from '../nodes';
import type { PathSegment } from '../path';

/** The property an operator is applied to, resolved by parseUpdate. */
export interface UpdateTarget {
  /** As the user wrote it, e.g. 'address.city'; used with the resolver and in messages. */
  readonly propertyPath: string;
  /** The physical path, e.g. ['addr', 'city']. */
  readonly path: readonly PathSegment[];
  readonly resolver: AttributeResolver;
  /** Set when the update is compiled into a plan: operators tag the values they carry. */
  readonly planned?: boolean;
}

/** Type-only: the element type a list or set operator carries. */
declare const elementType: unique symbol;
/** Type-only: the value type `ifNotExists` carries. */
declare const valueType: unique symbol;

/**
 * Base class of the operator values accepted in update `changes` (increment(), append(), ...):
 * `value instanceof UpdateOperator` tells an operator from a plain value to SET.
 */
export abstract class UpdateOperator {
  /** The operator's name as users call it, e.g. 'increment'. */
  abstract readonly operator: string;

  /** Builds the update action for one property. Called by parseUpdate. */
  abstract toAction(target: UpdateTarget): UpdateAction;
}

/** `increment(n)` / `decrement(n)`: only for number properties. */
export interface NumberOperator extends UpdateOperator {
  readonly operator: 'increment' | 'decrement';
}
/** `append(list)` / `prepend(list)`: only for list properties of the same element type. */
export interface ListOperator<E> extends UpdateOperator {
  readonly operator: 'append' | 'prepend';
  readonly [elementType]?: E;
}
/** `addToSet(values)` / `removeFromSet(values)`: only for set properties of the same element type. */
export interface SetOperator<E> extends UpdateOperator {
  readonly operator: 'addToSet' | 'removeFromSet';
  readonly [elementType]?: E;
}
/** `remove()`: only for optional properties. */
export interface RemoveOperator extends UpdateOperator {
  readonly operator: 'remove';
}
/** `ifNotExists(value)`: a value of the property's type. */
export interface IfNotExistsOperator<V> extends UpdateOperator {
  readonly operator: 'ifNotExists';
  readonly [valueType]?: V;
}

type ElementOf<V> = V extends readonly (infer E)[] ? E : V extends ReadonlySet<infer E> ? E : never;

/**
 * The operators a property of type V accepts: arithmetic on numbers, appends on lists of its
 * element type, set additions on sets of its element type, `remove()` when it is optional,
 * `ifNotExists` with its own type. A property typed `any`/`unknown` accepts every operator.
 */
export type OperatorFor<V> = unknown extends V
  ? UpdateOperator
  : | (NonNullable<V> extends number | bigint ? NumberOperator : never)
    | (NonNullable<V> extends readonly unknown[] ? ListOperator<ElementOf<NonNullable<V>>> : never)
    | (NonNullable<V> extends ReadonlySet<unknown> ? SetOperator<ElementOf<NonNullable<V>>> : never)
    | (undefined extends V ? RemoveOperator : never)
    | IfNotExistsOperator<NonNullable<V>>;
