import type { AttributeResolver } from '../attribute-resolver';
import { describeValue, isPlainObject } from '../plain-object';
import { InvalidExpressionError } from '../invalid-expression-error';
import { createSetAction, type UpdateAction } from '../nodes';
import { UpdateOperator } from './update-operator';

/** A plain value of `changes` in its stored form; an empty set is refused (DynamoDB has none). */
export function storedChangeValue(
  propertyPath: string,
  value: unknown,
  resolver: AttributeResolver,
): unknown {
  const stored = resolver.toStored(propertyPath, value);
  if (stored instanceof Set && stored.size === 0) {
    throw new InvalidExpressionError(
      `Cannot set "${propertyPath}" to an empty set: DynamoDB sets cannot be empty; use remove() to delete it`,
      { property: propertyPath },
    );
  }
  return stored;
}

/**
 * Turns a user `changes` object into update actions on physical paths. Plain values are SET
 * (`undefined` is skipped, `null` stores NULL); operators (increment(), remove(), ...) build
 * their own action; dotted keys ('address.city') update inside a map without replacing it.
 *
 * @example
 * parseUpdate({ name: 'Ada', points: increment(5), 'address.city': 'Oslo' }, resolver);
 */
export function parseUpdate(
  changes: Record<string, unknown>,
  resolver: AttributeResolver,
  /** Wraps each plainly set value (in its stored form), e.g. to tag where it came from. */
  wrapValue?: (propertyPath: string, stored: unknown) => unknown,
): UpdateAction[] {
  if (!isPlainObject(changes)) {
    throw new InvalidExpressionError(
      `Update changes are an object like { name: 'Ada', points: increment(1) }, got ${describeValue(changes)}`,
    );
  }
  const wrapSet = wrapValue ?? ((_: string, stored: unknown) => stored);
  const actions: UpdateAction[] = [];
  for (const [propertyPath, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const path = resolver.resolvePath(propertyPath);
    actions.push(
      value instanceof UpdateOperator
        ? value.toAction({ propertyPath, path, resolver, planned: wrapValue !== undefined })
        : createSetAction(
            path,
            wrapSet(propertyPath, storedChangeValue(propertyPath, value, resolver)),
          ),
    );
  }
  return actions;
}
