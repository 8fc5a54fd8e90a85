import type { GeneratorKind } from '../metadata/types';
import { recordProperty } from './record-property';

/**
 * Fills the attribute on create when no value is given: a ULID, a UUID or the function's result.
 *
 * @example
 * @Generated('ulid') id!: string;
 */
export function Generated(kind: GeneratorKind): PropertyDecorator {
  return (target, propertyKey) =>
    recordProperty('Generated', target, propertyKey, { generated: kind });
}
