import 'reflect-metadata';
import { ConfigurationError } from '../errors';
import { metadataRegistry } from '../metadata/metadata-registry';
import type { PropertyFacts } from '../metadata/property-facts';

/**
 * Records what a property decorator says, with the property's `design:type`. TypeScript applies
 * the `design:type` metadata before any decorator of the property, so it is always readable here.
 */
export function recordProperty(
  decorator: string,
  target: object,
  propertyKey: string | symbol,
  facts: Omit<PropertyFacts, 'designType'>,
): void {
  if (typeof target === 'function' || typeof propertyKey === 'symbol') {
    const owner = typeof target === 'function' ? target.name : target.constructor.name;
    throw new ConfigurationError(
      `@${decorator} on ${owner}.${String(propertyKey)}: only named instance properties can be decorated`,
    );
  }
  const designType: Function | undefined = Reflect.getMetadata('design:type', target, propertyKey);
  metadataRegistry.recordProperty(target.constructor, propertyKey, { ...facts, designType });
}
