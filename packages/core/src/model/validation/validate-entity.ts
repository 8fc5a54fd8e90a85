import { validate } from 'class-validator';
import { ValidationError, type FieldViolation } from '../errors/errors';
import { constrainedProperties } from './constrained-properties';
import { flattenViolations } from './flatten-violations';

export interface ValidateEntityOptions {
  /**
   * Report only violations of these properties (and of their nested properties): an update
   * validates the attributes it changes, not whatever else the entity may hold.
   */
  properties?: readonly string[];
  /** Recognises update operators (`increment(1)`, ...): their values are not data to validate. */
  isOperator?: (value: unknown) => boolean;
  /** The class's constrained properties, as its entity model holds them (else read afresh). */
  constrained?: ReadonlySet<string>;
}

/**
 * True when class-validator has something to check on `target` (on `properties` only, when
 * given): validating a class without any constraint is skipped entirely.
 */
export function hasConstraints(
  constrained: ReadonlySet<string>,
  properties?: readonly string[],
): boolean {
  return properties
    ? properties.some((name) => constrained.has(name.split('.')[0]))
    : constrained.size > 0;
}

/**
 * Runs the entity's class-validator decorators (async validators included) and throws
 * `ValidationError` listing every failing property with its constraints.
 *
 * @example
 * await validateEntity(Object.assign(new Customer(), data), 'Customer');
 * await validateEntity(merged, 'Customer', { properties: ['email'], isOperator });
 */
export async function validateEntity(
  entity: object,
  entityName: string,
  options: ValidateEntityOptions = {},
): Promise<void> {
  const constrained = options.constrained ?? constrainedProperties(entity.constructor);
  if (!hasConstraints(constrained, options.properties)) return;
  // The whole object is validated (so cross-property validators see every value); the
  // filtering below decides which violations count. forbidUnknownValues would reject entity
  // classes that happen to have no validation decorators at all.
  const errors = await validate(entity, {
    forbidUnknownValues: false,
    validationError: { target: false },
  });
  const violations = flattenViolations(errors, entityName).filter(
    (violation) =>
      isListed(violation, options.properties) &&
      !isOperatorValue(entity, violation, options.isOperator),
  );
  if (violations.length > 0) throw new ValidationError(entityName, violations);
}

function isListed(violation: FieldViolation, properties: readonly string[] | undefined): boolean {
  if (properties === undefined) return true;
  return properties.some(
    (name) => violation.property === name || violation.property.startsWith(`${name}.`),
  );
}

/** True when the violating value, or any object containing it, is an update operator. */
function isOperatorValue(
  entity: object,
  violation: FieldViolation,
  isOperator: ((value: unknown) => boolean) | undefined,
): boolean {
  if (!isOperator) return false;
  let value: unknown = entity;
  for (const segment of violation.property.split('.')) {
    if (value === null || typeof value !== 'object') return false;
    value = (value as Record<string, unknown>)[segment];
    if (isOperator(value)) return true;
  }
  return false;
}
