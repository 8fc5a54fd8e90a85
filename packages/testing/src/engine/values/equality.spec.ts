import { valuesEqual } from './equality';

describe('valuesEqual', () => {
  it('compares scalars by type and value', () => {
    expect(valuesEqual({ S: 'a' }, { S: 'a' })).toBe(true);
    expect(valuesEqual({ S: '1' }, { N: '1' })).toBe(false);
    expect(valuesEqual({ N: '1.0' }, { N: '1' })).toBe(true);
    expect(valuesEqual({ B: new Uint8Array([1, 2]) }, { B: Buffer.from([1, 2]) })).toBe(true);
    expect(valuesEqual({ BOOL: false }, { BOOL: true })).toBe(false);
    expect(valuesEqual({ NULL: true }, { NULL: true })).toBe(true);
  });

  it('compares sets regardless of order', () => {
    expect(valuesEqual({ SS: ['a', 'b'] }, { SS: ['b', 'a'] })).toBe(true);
    expect(valuesEqual({ SS: ['a', 'b'] }, { SS: ['a', 'c'] })).toBe(false);
    expect(valuesEqual({ NS: ['1', '2.50'] }, { NS: ['2.5', '1'] })).toBe(true);
    expect(valuesEqual({ BS: [new Uint8Array([1]), new Uint8Array([2])] }, { BS: [new Uint8Array([2]), new Uint8Array([1])] })).toBe(true);
    expect(valuesEqual({ SS: ['a'] }, { SS: ['a', 'b'] })).toBe(false);
  });

  it('compares lists in order and maps by key', () => {
    expect(valuesEqual({ L: [{ S: 'a' }, { N: '1' }] }, { L: [{ S: 'a' }, { N: '1' }] })).toBe(true);
    expect(valuesEqual({ L: [{ S: 'a' }, { N: '1' }] }, { L: [{ N: '1' }, { S: 'a' }] })).toBe(false);
    expect(valuesEqual({ M: { a: { N: '1' }, b: { S: 'x' } } }, { M: { b: { S: 'x' }, a: { N: '1.0' } } })).toBe(true);
    expect(valuesEqual({ M: { a: { N: '1' } } }, { M: { a: { N: '1' }, b: { NULL: true } } })).toBe(false);
    expect(valuesEqual({ M: {} }, { L: [] })).toBe(false);
  });
});
