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
  known: ReadonlySet<string>,
  entityName: string,
): void {
  const violations: FieldViolation[] = Object.keys(data)
    .filter((property) => !known.has(property) && !known.has(property.split('.')[0]))
    .map((property) => ({
      entity: entityName,
      property,
      value: data[property],
      constraints: { unknownAttribute: `${property} is not an attribute of ${entityName}` },
    }));
  if (violations.length > 0) throw new ValidationError(entityName, violations);
}
