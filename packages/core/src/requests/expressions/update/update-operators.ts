import { InvalidExpressionError } from '../invalid-expression-error';
import {
  createAddAction,
  createDeleteAction,
  createIncrementAction,
  createListAppendAction,
  createRemoveAction,
  createSetIfNotExistsAction,
  type UpdateAction,
} from '../nodes';
import { toStorableSet } from '../set-values';
import {
  UpdateOperator,
  type IfNotExistsOperator,
  type ListOperator,
  type NumberOperator,
  type RemoveOperator,
  type SetOperator,
  type UpdateTarget,
} from './update-operator';

/**
 * Refuses an operator on an attribute of another storage type before anything is sent
 * (DynamoDB would answer with a ValidationException). Nested paths and `any` attributes are
 * not known here and are left to DynamoDB.
 */
function assertTargetType(target: UpdateTarget, operator: string, expected: string): void {
  const actual = target.resolver.storageType?.(target.propertyPath);
  if (actual === undefined || actual === expected) return;
  throw new InvalidExpressionError(
    `${operator}() applies to ${expected} attributes; "${target.propertyPath}" is a ${actual} attribute`,
    { property: target.propertyPath },
  );
}

function stored(target: UpdateTarget, value: unknown): unknown {
  return target.resolver.toStored(target.propertyPath, value);
}

function storedList(target: UpdateTarget, operator: string, list: unknown[]): unknown[] {
  const value = stored(target, list);
  if (!Array.isArray(value)) {
    throw new InvalidExpressionError(
      `${operator}() on "${target.propertyPath}" needs a list attribute`,
      {
        property: target.propertyPath,
      },
    );
  }
  return value;
}

class IncrementOperator extends UpdateOperator {
  constructor(
    readonly operator: 'increment' | 'decrement',
    readonly amount: number,
  ) {
    super();
    if (typeof amount !== 'number' || !Number.isFinite(amount)) {
      throw new InvalidExpressionError(
        `${operator}() needs a finite number, got ${String(amount)}`,
      );
    }
  }
  toAction(target: UpdateTarget): UpdateAction {
    assertTargetType(target, this.operator, 'number');
    const source =
      target.planned && target.path.length === 1
        ? ({ kind: 'amount', property: target.propertyPath } as const)
        : undefined;
    return createIncrementAction(
      target.path,
      this.operator === 'increment' ? '+' : '-',
      this.amount,
      source,
    );
  }
}

class ListAppendOperator extends UpdateOperator {
  constructor(
    readonly operator: 'append' | 'prepend',
    private readonly list: unknown[],
  ) {
    super();
    if (!Array.isArray(list)) throw new InvalidExpressionError(`${operator}() needs an array`);
  }
  toAction(target: UpdateTarget): UpdateAction {
    assertTargetType(target, this.operator, 'list');
    const elements = storedList(target, this.operator, this.list);
    return createListAppendAction(
      target.path,
      this.operator === 'append' ? 'end' : 'start',
      elements,
    );
  }
}

class SetElementsOperator extends UpdateOperator {
  private readonly values: Set<unknown>;
  constructor(
    readonly operator: 'addToSet' | 'removeFromSet',
    values: Iterable<unknown>,
  ) {
    super();
    this.values = toStorableSet(values, `${operator}()`);
  }
  toAction(target: UpdateTarget): UpdateAction {
    assertTargetType(target, this.operator, 'set');
    const values = stored(target, new Set(this.values)) as Iterable<unknown>;
    return this.operator === 'addToSet'
      ? createAddAction(target.path, values)
      : createDeleteAction(target.path, values);
  }
}

class RemoveOperatorImpl extends UpdateOperator {
  readonly operator = 'remove';
  toAction(target: UpdateTarget): UpdateAction {
    return createRemoveAction(target.path);
  }
}

class IfNotExistsOperatorImpl extends UpdateOperator {
  readonly operator = 'ifNotExists';
  constructor(private readonly value: unknown) {
    super();
    if (value === undefined) throw new InvalidExpressionError('ifNotExists() needs a value');
  }
  toAction(target: UpdateTarget): UpdateAction {
    return createSetIfNotExistsAction(target.path, stored(target, this.value));
  }
}

/** Adds n, treating an absent attribute as 0. @example { points: increment(10) } */
export function increment(n: number): NumberOperator {
  return new IncrementOperator('increment', n) as NumberOperator;
}

/** Subtracts n, treating an absent attribute as 0. @example { stock: decrement(1) } */
export function decrement(n: number): NumberOperator {
  return new IncrementOperator('decrement', n) as NumberOperator;
}

/** Adds elements at the end of a list, creating it if absent. @example { tags: append(['new']) } */
export function append<E>(list: readonly E[]): ListOperator<E> {
  return new ListAppendOperator('append', list as E[]) as ListOperator<E>;
}

/** Adds elements at the start of a list, creating it if absent. @example { events: prepend([e]) } */
export function prepend<E>(list: readonly E[]): ListOperator<E> {
  return new ListAppendOperator('prepend', list as E[]) as ListOperator<E>;
}

/** ADDs values to a string/number/binary set, creating it if absent. @example { roles: addToSet(['admin']) } */
export function addToSet<E>(values: Iterable<E>): SetOperator<E> {
  return new SetElementsOperator('addToSet', values) as SetOperator<E>;
}

/** DELETEs values from a set. @example { roles: removeFromSet(['admin']) } */
export function removeFromSet<E>(values: Iterable<E>): SetOperator<E> {
  return new SetElementsOperator('removeFromSet', values) as SetOperator<E>;
}

/** REMOVEs the attribute (or nested map key / list element). @example { nickname: remove() } */
export function remove(): RemoveOperator {
  return new RemoveOperatorImpl();
}

/** Sets the value only when the attribute is absent. @example { firstSeenAt: ifNotExists(now) } */
export function ifNotExists<V>(value: V): IfNotExistsOperator<V> {
  return new IfNotExistsOperatorImpl(value) as IfNotExistsOperator<V>;
}
