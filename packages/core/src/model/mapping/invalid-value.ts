import { ValidationError } from '../errors';

/** A property value that cannot be stored as its attribute type (e.g. an invalid Date). */
export function invalidValue(
  entityName: string,
  property: string,
  value: unknown,
  problem: string,
): never {
  throw new ValidationError(entityName, [
    { entity: entityName, property, value, constraints: { storable: `${property} ${problem}` } },
  ]);
}
