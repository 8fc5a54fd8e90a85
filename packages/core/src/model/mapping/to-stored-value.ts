import { metadataRegistry } from '../metadata/metadata-registry';
import type { AttributeMetadata } from '../metadata/types';
import { invalidValue } from './invalid-value';

const isBinary = (value: unknown) => ArrayBuffer.isView(value) || value instanceof ArrayBuffer;
// lib-dynamodb's NumberValue, matched by name to keep the SDK out of this layer.
const isNumberValue = (value: object) => value.constructor?.name === 'NumberValue';

/**
 * A nested value in the form the DocumentClient stores: Dates as ISO strings, class instances
 * and Maps as plain maps (undefined members dropped), Sets and binary kept.
 */
export function toPlainValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value))
    return value.map((element) => (element === undefined ? null : toPlainValue(element)));
  if (value instanceof Set) return new Set([...value].map(toPlainValue));
  if (isBinary(value) || isNumberValue(value)) return value;
  if (value instanceof Map) return plainMap(value.entries());
  const type: unknown = (value as { constructor?: unknown }).constructor;
  if (typeof type === 'function' && type !== Object) {
    const attributes = metadataRegistry.getEmbeddedAttributes(type);
    if (attributes)
      return storedAttributes(attributes.values(), value as Record<string, unknown>, type.name);
  }
  return plainMap(Object.entries(value));
}

function plainMap(entries: Iterable<[unknown, unknown]>): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  for (const [key, member] of entries)
    if (member !== undefined) map[String(key)] = toPlainValue(member);
  return map;
}

function toEpochSeconds(attribute: AttributeMetadata, value: unknown, entityName: string): number {
  const milliseconds =
    value instanceof Date
      ? value.getTime()
      : typeof value === 'string'
        ? Date.parse(value)
        : Number(value) * 1000;
  if (!Number.isFinite(milliseconds)) {
    invalidValue(
      entityName,
      attribute.propertyName,
      value,
      'must be a valid Date or epoch seconds (time to live)',
    );
  }
  return Math.floor(milliseconds / 1000);
}

/**
 * A property value in its stored form, for items, conditions and updates.
 *
 * @example
 * toStoredValue(createdAtAttribute, new Date(0)) // '1970-01-01T00:00:00.000Z'
 * toStoredValue(ttlAttribute, new Date(5000))    // 5 (epoch seconds)
 */
export function toStoredValue(
  attribute: AttributeMetadata,
  value: unknown,
  entityName = 'entity',
): unknown {
  if (value === undefined || value === null) return value;
  if (attribute.role === 'ttl') return toEpochSeconds(attribute, value, entityName);
  if (attribute.type === 'date' && value instanceof Date) {
    if (Number.isNaN(value.getTime()))
      invalidValue(entityName, attribute.propertyName, value, 'is an invalid Date');
    return value.toISOString();
  }
  if (attribute.type === 'set' && Array.isArray(value)) return new Set(value.map(toPlainValue));
  return toPlainValue(value);
}

/** Stored attributes of an object from attribute metadata; undefined values and empty sets are left out. */
export function storedAttributes(
  attributes: Iterable<AttributeMetadata>,
  source: Record<string, unknown>,
  entityName: string,
): Record<string, unknown> {
  const stored: Record<string, unknown> = {};
  for (const attribute of attributes) {
    const value = toStoredValue(attribute, source[attribute.propertyName], entityName);
    // DynamoDB cannot store an empty set: an empty set is the same as no attribute.
    if (value === undefined || (value instanceof Set && value.size === 0)) continue;
    stored[attribute.attributeName] = value;
  }
  return stored;
}
