import { recordProperty } from './record-property';

/**
 * No two items of the entity may hold the same value of this attribute.
 *
 * @example
 * @Unique() @Attribute() email!: string;
 */
export function Unique(): PropertyDecorator {
  return (target, propertyKey) => recordProperty('Unique', target, propertyKey, { unique: true });
}
