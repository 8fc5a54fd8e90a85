import { EngineError } from '../errors';
import { ATTRIBUTE_MAP } from './attribute-value-shapes';
import { checkShape } from './check-shape';
import { BLOB, BOOLEAN, INTEGER, LONG, STRING, list, map, structure, type Shape } from './shape';

/** The SerializationException message for `value` read as `shape`. */
function serializationMessage(value: unknown, shape: Shape): string {
  try {
    checkShape(value, shape);
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).type).toBe('SerializationException');
    return (error as EngineError).message;
  }
  throw new Error('expected a SerializationException');
}

const STRUCTURE = structure<{ a: string }>({ a: STRING });

describe('checkShape', () => {
  it.each([
    ['5', INTEGER, 'STRING_VALUE can not be converted to an Integer'],
    [true, INTEGER, 'TRUE_VALUE can not be converted to an Integer'],
    [false, LONG, 'FALSE_VALUE can not be converted to a Long'],
    [1, STRING, 'NUMBER_VALUE can not be converted to a String'],
    [1, BLOB, 'NUMBER_VALUE can not be converted to a Blob'],
    ['true', BOOLEAN, 'STRING_VALUE can not be converted to a Boolean'],
    [{}, INTEGER, 'Start of structure or map found where not expected.'],
    [{}, list(STRING), 'Start of structure or map found where not expected.'],
    [[], STRING, 'Start of list found where not expected'],
    [[], STRUCTURE, 'Start of list found where not expected'],
    [[], map(STRING), 'Start of list found where not expected'],
    ['x', list(STRING), 'Expected list or null'],
    [1, map(STRING), 'Expected map or null'],
    [true, STRUCTURE, 'Expected null'],
    [[1], list(STRING), 'NUMBER_VALUE can not be converted to a String'],
    [{ k: 1 }, map(STRING), 'NUMBER_VALUE can not be converted to a String'],
  ])('refuses %j as %j: %s', (value, shape, message) => {
    expect(serializationMessage(value, shape)).toBe(message);
  });

  it('leaves out null and unknown members of a structure, keeps null elements and map values', () => {
    const shape = structure<{ a: string; b: string[]; m: Record<string, string> }>({
      a: STRING,
      b: list(STRING),
      m: map(STRING),
    });
    const checked = checkShape({ a: null, b: ['x', null], m: { k: null }, extra: 1 }, shape);
    expect(checked).toEqual({ b: ['x', null], m: { k: null } });
  });

  it('copies maps into objects without a prototype, "__proto__" keys included', () => {
    const item = JSON.parse('{"__proto__":{"S":"v"},"m":{"M":{"__proto__":{"N":"1"}}}}');
    const checked = checkShape(item, ATTRIBUTE_MAP) as Record<string, any>;
    expect(Object.getPrototypeOf(checked)).toBeNull();
    expect(Object.keys(checked)).toEqual(['__proto__', 'm']);
    expect(checked['__proto__']).toEqual({ S: 'v' });
    expect(checked.m.M['__proto__']).toEqual({ N: '1' });
  });

  it('drops a "__proto__" member of an attribute value, which DynamoDB does not know', () => {
    const checked = checkShape(JSON.parse('{"k":{"__proto__":{"S":"v"}}}'), ATTRIBUTE_MAP);
    expect(Object.keys((checked as Record<string, object>).k)).toEqual([]);
  });
});
