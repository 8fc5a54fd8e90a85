import { getMetadataStorage } from 'class-validator';

const cache = new WeakMap<Function, ReadonlySet<string>>();

/**
 * Properties of a class that carry class-validator constraints (inherited ones included),
 * computed once per class: validating an entity without any is skipped entirely, which keeps
 * writes of unconstrained entities as cheap as the raw SDK call.
 */
export function constrainedProperties(target: Function): ReadonlySet<string> {
  let properties = cache.get(target);
  if (!properties) {
    const metadatas = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
    properties = new Set(metadatas.map((metadata) => metadata.propertyName));
    cache.set(target, properties);
  }
  return properties;
}
