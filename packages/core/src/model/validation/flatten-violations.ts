import type { ValidationError as ClassValidatorError } from 'class-validator';
import type { FieldViolation } from '../errors/errors';

/**
 * class-validator's error tree as a flat list, one violation per failing property, nested
 * properties named by their path (`address.city`, `lines.0.quantity`).
 */
export function flattenViolations(
  errors: readonly ClassValidatorError[],
  entity: string,
  parentPath?: string,
): FieldViolation[] {
  return errors.flatMap((error) => {
    const path = parentPath === undefined ? error.property : `${parentPath}.${error.property}`;
    const own: FieldViolation[] =
      error.constraints && Object.keys(error.constraints).length > 0
        ? [{ entity, property: path, value: error.value, constraints: { ...error.constraints } }]
        : [];
    return [...own, ...flattenViolations(error.children ?? [], entity, path)];
  });
}
