import { metadataRegistry } from '../metadata/metadata-registry';
import type { AttributeMetadata } from '../metadata/types';
import { invalidValue } from './invalid-value';
import {
  FORBIDDEN_KEYS,
  MAX_NESTING_DEPTH,
  describeKind,
  isNumberValue,
  numberProblem,
  typeProblem,
} from './storable';

const isBinary = (value: unknown) => ArrayBuffer.isView(value) || value instanceof ArrayBuffer;

/** Where a value sits, for error messages: the entity and the property path within it. */
export interface ValuePlace {
  entity: string;
  property: string;
}

const below = (place: ValuePlace, step: string): ValuePlace => ({
  entity: place.entity,
  property: `${place.property}${step}`,
});

/**
 * A set DynamoDB can store: all strings, all numbers or all binary (a mixed set, or one of
 * other values, is refused rather than stored as something else).
 */
function storableSet(values: Iterable<unknown>, place: ValuePlace): Set<unknown> {
  const set = new Set<unknown>();
  let kind: string | undefined;
  for (const value of values) {
    const valueKind =
      typeof value === 'string'
        ? 'string'
        : typeof value === 'number' || typeof value === 'bigint' || isNumberValue(value)
          ? 'number'
          : isBinary(value)
            ? 'binary'
            : undefined;
    if (!valueKind || (kind && kind !== valueKind)) {
      invalidValue(
        place.entity,
        place.property,
        value,
        `is a set of ${kind ?? valueKind ?? 'mixed values'} holding ${describeKind(value)}; a set holds only strings, only numbers or only binary values`,
      );
    }
    kind = valueKind;
    if (typeof value === 'number' || typeof value === 'bigint') {
      const problem = numberProblem(value);
      if (problem)
        invalidValue(place.entity, place.property, value, `holds a number that ${problem}`);
    }
    set.add(value);
  }
  return set;
}

/**
 * A nested value in the form the DocumentClient stores: Dates as ISO strings, class instances
 * and Maps as plain maps (undefined members dropped), Sets and binary kept. What DynamoDB cannot
 * hold, or what would come back as something else, is refused with a ValidationError naming
 * the place: functions, symbols, invalid Dates, NaN and out-of-range numbers, mixed sets, empty
 * map keys, keys that would replace a prototype (`__proto__`, `constructor`, `prototype`), and
 * nesting deeper than 32 levels.
 */
export function toPlainValue(
  value: unknown,
  place: ValuePlace = { entity: 'entity', property: 'value' },
  depth = 0,
): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'undefined':
      return value;
    case 'number':
    case 'bigint': {
      const problem = numberProblem(value);
      if (problem) invalidValue(place.entity, place.property, value, problem);
      return value;
    }
    case 'function':
    case 'symbol':
      invalidValue(
        place.entity,
        place.property,
        value,
        `is ${describeKind(value)}, which cannot be stored`,
      );
  }
  if (value === null) return null;
  if (depth >= MAX_NESTING_DEPTH) {
    invalidValue(
      place.entity,
      place.property,
      value,
      `nests maps and lists deeper than DynamoDB's ${MAX_NESTING_DEPTH} levels`,
    );
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      invalidValue(place.entity, place.property, value, 'is an invalid Date');
    }
    return value.toISOString();
  }
  if (Array.isArray(value)) {
    return value.map((element, index) =>
      element === undefined ? null : toPlainValue(element, below(place, `[${index}]`), depth + 1),
    );
  }
  if (value instanceof Set) return storableSet(value, place);
  if (isBinary(value) || isNumberValue(value)) return value;
  if (value instanceof Map) return plainMap(value.entries(), place, depth);
  const type: unknown = (value as { constructor?: unknown }).constructor;
  if (typeof type === 'function' && type !== Object) {
    const attributes = metadataRegistry.getEmbeddedAttributes(type);
    if (attributes)
      return storedAttributes(attributes.values(), value as Record<string, unknown>, type.name);
  }
  return plainMap(Object.entries(value as object), place, depth);
}

function plainMap(
  entries: Iterable<[unknown, unknown]>,
  place: ValuePlace,
  depth: number,
): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  for (const [key, member] of entries) {
    const name = String(key);
    if (FORBIDDEN_KEYS.has(name)) {
      invalidValue(
        place.entity,
        place.property,
        member,
        `has the map key "${name}", which is refused: read back, it would replace an object's prototype`,
      );
    }
    if (name === '') {
      invalidValue(
        place.entity,
        place.property,
        member,
        'has an empty map key, which DynamoDB refuses',
      );
    }
    if (member !== undefined) map[name] = toPlainValue(member, below(place, `.${name}`), depth + 1);
  }
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
  const place = { entity: entityName, property: attribute.propertyName };
  // Nothing is coerced: a value that does not fit the declared type is refused.
  const problem = typeProblem(attribute.type, value);
  if (problem) invalidValue(entityName, attribute.propertyName, value, problem);
  if (attribute.type === 'date') return value instanceof Date ? value.toISOString() : value;
  if (attribute.type === 'set') return storableSet(value as Iterable<unknown>, place);
  return toPlainValue(value, place);
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
