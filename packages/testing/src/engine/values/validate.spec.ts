import { EngineError } from '../errors';
import { validateItemValues } from './validate';

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).type).toBe('ValidationException');
    return (error as EngineError).message;
  }
  throw new Error('expected an error');
}

describe('validateItemValues', () => {
  it('returns a normalized copy without touching the input', () => {
    const input = { n: { N: '1.50' }, s: { NS: ['10', '9', '-1', '1.50'] }, m: { M: { x: { N: '0012' } } } };
    const output = validateItemValues(input, 'Item');
    expect(output).toEqual({ n: { N: '1.5' }, s: { NS: ['-1', '1.5', '9', '10'] }, m: { M: { x: { N: '12' } } } });
    expect(input.n.N).toBe('1.50');
  });

  it('orders set elements like DynamoDB Local returns them', () => {
    expect(validateItemValues({ v: { SS: ['\uFFFF', '\u{1F600}', 'b', 'B', 'a', ''] } }, 'Item')).toEqual({
      v: { SS: ['', 'B', 'a', 'b', '\u{1F600}', '\uFFFF'] },
    });
    const bs = validateItemValues({ v: { BS: [new Uint8Array([0x80]), new Uint8Array([1]), new Uint8Array([0xff])] } }, 'Item');
    expect(bs.v.BS!.map((b) => Array.from(b))).toEqual([[0x80], [0xff], [1]]);
  });

  it('copies binary values', () => {
    const bytes = new Uint8Array([1, 2]);
    const output = validateItemValues({ b: { B: bytes } }, 'Item');
    bytes[0] = 9;
    expect(Array.from(output.b.B!)).toEqual([1, 2]);
  });

  it('accepts empty strings, binaries, maps and lists', () => {
    const item = { s: { S: '' }, b: { B: new Uint8Array() }, m: { M: {} }, l: { L: [] }, ss: { SS: ['', 'a'] } };
    expect(validateItemValues(item, 'Item')).toEqual(item);
  });

  it.each([
    [{ NS: [] }, 'One or more parameter values were invalid: An number set  may not be empty'],
    [{ SS: [] }, 'One or more parameter values were invalid: An string set  may not be empty'],
    [{ BS: [] }, 'One or more parameter values were invalid: Binary sets should not be empty'],
    [{ NS: ['1', '1.0'] }, 'Input collection contains duplicates'],
    [{ SS: ['b', 'a', 'b'] }, 'One or more parameter values were invalid: Input collection [b, a, b] contains duplicates'],
    [
      { BS: [new Uint8Array([1]), new Uint8Array([1])] },
      'One or more parameter values were invalid: Input collection of type BS contains duplicates.',
    ],
    [{}, 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes'],
    [
      { S: 'a', N: '1' },
      'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes',
    ],
    [{ NULL: false }, 'One or more parameter values were invalid: Null attribute value types must have the value of true'],
    [{ M: { x: { NS: [] } } }, 'One or more parameter values were invalid: An number set  may not be empty'],
    [{ L: [{ N: 'x' }] }, 'A value provided cannot be converted into a number'],
    [{ NS: ['1', 'x'] }, 'A value provided cannot be converted into a number'],
    [{ M: { '': { S: 'x' } } }, 'Empty attribute name'],
  ])('rejects %p', (value, message) => {
    expect(messageOf(() => validateItemValues({ v: value as never }, 'Item'))).toBe(message);
  });

  it('rejects an empty attribute name', () => {
    expect(messageOf(() => validateItemValues({ '': { S: 'x' } }, 'Item'))).toBe('Empty attribute name');
  });

  it('wraps messages for ExpressionAttributeValues', () => {
    expect(messageOf(() => validateItemValues({ ':v': { NS: [] } }, 'ExpressionAttributeValues'))).toBe(
      'ExpressionAttributeValues contains invalid value: One or more parameter values were invalid: An number set  may not be empty for key :v',
    );
    expect(messageOf(() => validateItemValues({ ':v': { N: '1E200' } }, 'ExpressionAttributeValues'))).toBe(
      'ExpressionAttributeValues contains invalid value: Number overflow. Attempting to store a number with magnitude larger than supported range for key :v',
    );
  });
});
