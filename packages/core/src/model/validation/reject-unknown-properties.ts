import { ValidationError, type FieldViolation } from '../errors/errors';

/**
 * Throws `ValidationError` when `data` (given to create/put/update) has properties that are not
 * attributes of the entity: a typo would otherwise be stored as a stray attribute, or dropped
 * silently. A nested path (`address.city`) is checked by its first segment.
 *
 * @example
 * rejectUnknownProperties({ emial: 'a@b.c' }, new Set(['id', 'email']), 'Customer');
 * // ValidationError: Customer is invalid: emial (emial is not an attribute of Customer)
 */
export function rejectUnknownProperties(
  data: Record<string, unknown>,
  known: { has(name: string): boolean },
  entityName: string,
): void {
  const isUnknown = (property: string) =>
    !known.has(property) && !known.has(property.split('.')[0]);
  const unknown = Object.keys(data).filter(isUnknown);
  if (unknown.length === 0) return;
  const violations: FieldViolation[] = unknown.map((property) => ({
    entity: entityName,
    property,
    value: data[property],
    constraints: { unknownAttribute: `${property} is not an attribute of ${entityName}` },
  }));
  throw new ValidationError(entityName, violations);
}
