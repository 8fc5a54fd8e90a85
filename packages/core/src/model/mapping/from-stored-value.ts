import { metadataRegistry } from '../metadata/metadata-registry';
import { assignStoredMembers, safeStoredValue } from './safe-read';
import type { AttributeMetadata } from '../metadata/types';

function toDate(value: unknown): unknown {
  if (typeof value !== 'string' && typeof value !== 'number') return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date;
}

/** A stored map as an instance of its declared class (built without calling the constructor). */
function toInstance(designType: Function, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const stored = value as Record<string, unknown>;
  if (designType === Map) return new Map(Object.entries(stored));
  const instance = Object.create(designType.prototype);
  const attributes = metadataRegistry.getEmbeddedAttributes(designType);
  if (!attributes) return assignStoredMembers(instance, stored);
  for (const attribute of attributes.values()) {
    if (attribute.attributeName in stored) {
      instance[attribute.propertyName] = fromStoredValue(
        attribute,
        stored[attribute.attributeName],
      );
    }
  }
  return instance;
}

/**
 * A stored attribute value as the property value: ISO strings to Dates, epoch seconds to Dates
 * for @Ttl Date properties, maps to instances of the declared class.
 */
export function fromStoredValue(attribute: AttributeMetadata, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  if (attribute.role === 'ttl') {
    const seconds = Number(value);
    return attribute.type === 'date' && Number.isFinite(seconds) ? new Date(seconds * 1000) : value;
  }
  switch (attribute.type) {
    case 'date':
      return toDate(value);
    case 'set':
      return Array.isArray(value) ? new Set(value) : value;
    case 'map': {
      const safe = safeStoredValue(value);
      return attribute.designType ? toInstance(attribute.designType, safe) : safe;
    }
    case 'list':
    case 'any':
      return safeStoredValue(value);
    default:
      return value;
  }
}
