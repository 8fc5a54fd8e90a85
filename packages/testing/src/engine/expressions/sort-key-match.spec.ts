import { matchesSortKey } from './sort-key-match';

describe('matchesSortKey', () => {
  it('compares with the operator', () => {
    expect(matchesSortKey({ op: '=', value: { S: 'a' } }, { S: 'a' })).toBe(true);
    expect(matchesSortKey({ op: '<', value: { N: '10' } }, { N: '9' })).toBe(true);
    expect(matchesSortKey({ op: '<=', value: { N: '10' } }, { N: '10.0' })).toBe(true);
    expect(matchesSortKey({ op: '>', value: { S: '\uFFFF' } }, { S: '\u{1F600}' })).toBe(true);
    expect(matchesSortKey({ op: '>=', value: { B: new Uint8Array([0x80]) } }, { B: new Uint8Array([0x7f]) })).toBe(false);
  });

  it('handles BETWEEN inclusively and begins_with on strings and binaries', () => {
    const between = { op: 'between' as const, low: { S: 'b' }, high: { S: 'd' } };
    expect(['a', 'b', 'c', 'd', 'da'].map((s) => matchesSortKey(between, { S: s }))).toEqual([false, true, true, true, false]);
    expect(matchesSortKey({ op: 'begins_with', prefix: { S: 'ORDER#' } }, { S: 'ORDER#1' })).toBe(true);
    expect(matchesSortKey({ op: 'begins_with', prefix: { S: 'ORDER#' } }, { S: 'ORDER' })).toBe(false);
    expect(matchesSortKey({ op: 'begins_with', prefix: { B: new Uint8Array([1]) } }, { B: new Uint8Array([1, 2]) })).toBe(true);
  });

  it('never matches a value of another type', () => {
    expect(matchesSortKey({ op: '=', value: { S: '1' } }, { N: '1' })).toBe(false);
    expect(matchesSortKey({ op: 'begins_with', prefix: { S: '1' } }, { N: '1' })).toBe(false);
  });
});
