import { getMetadataStorage } from 'class-validator';

/**
 * Properties of a class that carry class-validator constraints (inherited ones included). A
 * connection computes them once per entity (its compiled model): validating an entity without
 * any is skipped entirely, which keeps writes of unconstrained entities as cheap as the raw SDK call.
 */
export function constrainedProperties(target: Function): ReadonlySet<string> {
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
  return new Set(metadatas.map((metadata) => metadata.propertyName));
}
