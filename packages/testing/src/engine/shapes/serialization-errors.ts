import { EngineError } from '../errors';
import type { Shape } from './shape';

/** How DynamoDB names the shape a scalar could not be converted to. */
const TARGET_NAMES: Partial<Record<Shape['kind'], string>> = {
  string: 'a String',
  integer: 'an Integer',
  long: 'a Long',
  boolean: 'a Boolean',
  blob: 'a Blob',
};

/**
 * The SerializationException DynamoDB answers when a member's JSON value is of the wrong type
 * for its shape, with Coral's wording: 'STRING_VALUE can not be converted to an Integer',
 * 'Start of list found where not expected', 'Expected null' (a scalar for a structure), ...
 */
export function wrongJsonType(value: unknown, shape: Shape): EngineError {
  return new EngineError('SerializationException', wrongJsonTypeMessage(value, shape));
}

function wrongJsonTypeMessage(value: unknown, shape: Shape): string {
  if (Array.isArray(value)) return 'Start of list found where not expected';
  if (typeof value === 'object') return 'Start of structure or map found where not expected.';
  if (shape.kind === 'list') return 'Expected list or null';
  if (shape.kind === 'map') return 'Expected map or null';
  if (shape.kind === 'structure') return 'Expected null';
  return `${jsonToken(value)} can not be converted to ${TARGET_NAMES[shape.kind]}`;
}

/** The name of the JSON token a scalar was written as. */
function jsonToken(value: unknown): string {
  if (typeof value === 'string') return 'STRING_VALUE';
  if (typeof value === 'number') return 'NUMBER_VALUE';
  return value === true ? 'TRUE_VALUE' : 'FALSE_VALUE';
}
