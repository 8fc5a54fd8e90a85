import type { AttributeOptions } from '../metadata/options';
import { recordProperty } from './record-property';

/**
 * Stores a property as an attribute. The type comes from `type`, else from TypeScript's
 * `design:type`; unions, interfaces and `any` need an explicit `type`.
 *
 * @example
 * @Attribute({ name: 'addr', type: 'map' }) address?: Address;
 */
export function Attribute(options: AttributeOptions = {}): PropertyDecorator {
  return (target, propertyKey) =>
    recordProperty('Attribute', target, propertyKey, { attribute: { ...options } });
}
