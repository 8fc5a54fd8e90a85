import { emptyRecord } from '../values/empty-record';
import { wrongJsonType } from './serialization-errors';
import type { ListShape, MapShape, Shape, StructureShape } from './shape';

/**
 * Checks parsed JSON against a shape the way DynamoDB deserializes a request, and returns the
 * copy the engine works on: members of the wrong JSON type fail with DynamoDB's
 * SerializationException; null members and members the shape does not know are left out (DynamoDB
 * ignores both); null list elements and map values stay, for the operation to refuse as DynamoDB
 * does. Objects of the copy have no prototype, so a key named '__proto__' is an ordinary entry.
 * Recursive: the request's nesting is bounded before this runs.
 */
export function checkShape(value: unknown, shape: Shape): unknown {
  switch (shape.kind) {
    case 'lazy':
      return checkShape(value, shape.resolve());
    case 'structure':
      return checkStructure(value, shape);
    case 'map':
      return checkMap(value, shape);
    case 'list':
      return checkList(value, shape);
    case 'string':
    case 'blob':
      if (typeof value !== 'string') throw wrongJsonType(value, shape);
      return value;
    case 'integer':
    case 'long':
      if (typeof value !== 'number') throw wrongJsonType(value, shape);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw wrongJsonType(value, shape);
      return value;
  }
}

export function checkStructure(value: unknown, shape: StructureShape): Record<string, unknown> {
  const record = asObject(value, shape);
  const checked = emptyRecord();
  for (const [name, member] of Object.entries(shape.members)) {
    if (!Object.prototype.hasOwnProperty.call(record, name)) continue;
    const memberValue = record[name];
    if (memberValue !== null) checked[name] = checkShape(memberValue, member);
  }
  return checked;
}

function checkMap(value: unknown, shape: MapShape): Record<string, unknown> {
  const record = asObject(value, shape);
  const checked = emptyRecord();
  for (const [key, entry] of Object.entries(record)) {
    checked[key] = entry === null ? null : checkShape(entry, shape.value);
  }
  return checked;
}

function checkList(value: unknown, shape: ListShape): unknown[] {
  if (!Array.isArray(value)) throw wrongJsonType(value, shape);
  return value.map((element) => (element === null ? null : checkShape(element, shape.member)));
}

function asObject(value: unknown, shape: Shape): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw wrongJsonType(value, shape);
  }
  return value as Record<string, unknown>;
}
