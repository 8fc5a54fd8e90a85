import { cloneValue } from './clone';
import { typeOf } from './types';

describe('cloneValue', () => {
  it('deep-copies nested maps, lists and bytes', () => {
    const original = { M: { l: { L: [{ B: new Uint8Array([1]) }, { SS: ['a'] }] } } };
    const copy = cloneValue(original);
    expect(copy).toEqual(original);
    copy.M.l.L[0].B![0] = 7;
    (copy.M.l.L[1].SS as string[]).push('b');
    expect(original.M.l.L[0].B![0]).toBe(1);
    expect(original.M.l.L[1].SS).toEqual(['a']);
  });

  it('copies a key named "__proto__" as an ordinary key', () => {
    const copy = cloneValue(JSON.parse('{"__proto__":{"M":{"__proto__":{"S":"v"}}}}'));
    expect(Object.keys(copy)).toEqual(['__proto__']);
    expect(JSON.stringify(copy)).toBe('{"__proto__":{"M":{"__proto__":{"S":"v"}}}}');
  });
});

describe('typeOf', () => {
  it('names the data type', () => {
    expect(typeOf({ S: '' })).toBe('S');
    expect(typeOf({ BOOL: false })).toBe('BOOL');
    expect(typeOf({ NS: ['1'] })).toBe('NS');
    expect(typeOf({ M: {} })).toBe('M');
  });
});
