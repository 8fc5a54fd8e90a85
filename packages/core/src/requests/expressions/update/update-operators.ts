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
import { UpdateOperator, type UpdateTarget } from './update-operator';

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
    private readonly amount: number,
  ) {
    super();
    if (typeof amount !== 'number' || !Number.isFinite(amount)) {
      throw new InvalidExpressionError(
        `${operator}() needs a finite number, got ${String(amount)}`,
      );
    }
  }
  toAction(target: UpdateTarget): UpdateAction {
    return createIncrementAction(
      target.path,
      this.operator === 'increment' ? '+' : '-',
      this.amount,
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
    const values = stored(target, new Set(this.values)) as Iterable<unknown>;
    return this.operator === 'addToSet'
      ? createAddAction(target.path, values)
      : createDeleteAction(target.path, values);
  }
}

class RemoveOperator extends UpdateOperator {
  readonly operator = 'remove';
  toAction(target: UpdateTarget): UpdateAction {
    return createRemoveAction(target.path);
  }
}

class IfNotExistsOperator extends UpdateOperator {
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
export function increment(n: number): UpdateOperator {
  return new IncrementOperator('increment', n);
}

/** Subtracts n, treating an absent attribute as 0. @example { stock: decrement(1) } */
export function decrement(n: number): UpdateOperator {
  return new IncrementOperator('decrement', n);
}

/** Adds elements at the end of a list, creating it if absent. @example { tags: append(['new']) } */
export function append(list: unknown[]): UpdateOperator {
  return new ListAppendOperator('append', list);
}

/** Adds elements at the start of a list, creating it if absent. @example { events: prepend([e]) } */
export function prepend(list: unknown[]): UpdateOperator {
  return new ListAppendOperator('prepend', list);
}

/** ADDs values to a string/number/binary set, creating it if absent. @example { roles: addToSet(['admin']) } */
export function addToSet(values: Iterable<unknown>): UpdateOperator {
  return new SetElementsOperator('addToSet', values);
}

/** DELETEs values from a set. @example { roles: removeFromSet(['admin']) } */
export function removeFromSet(values: Iterable<unknown>): UpdateOperator {
  return new SetElementsOperator('removeFromSet', values);
}

/** REMOVEs the attribute (or nested map key / list element). @example { nickname: remove() } */
export function remove(): UpdateOperator {
  return new RemoveOperator();
}

/** Sets the value only when the attribute is absent. @example { firstSeenAt: ifNotExists(now) } */
export function ifNotExists(value: unknown): UpdateOperator {
  return new IfNotExistsOperator(value);
}
