import { formatPath, pathsOverlap } from './path';

describe('pathsOverlap', () => {
  it.each([
    [['a'], ['a'], true],
    [['a'], ['a', 'b'], true],
    [['a', 'b'], ['a'], true],
    [['l'], ['l', 0], true],
    [['a', 'b'], ['a', 'c'], false],
    [['l', 0], ['l', 1], false],
    [['a'], ['b'], false],
    [['l', 0], ['l', '0'], false],
  ])('%j and %j → %s', (a, b, expected) => {
    expect(pathsOverlap(a, b)).toBe(expected);
  });
});

describe('formatPath', () => {
  it('reads like the user would write it', () => {
    expect(formatPath(['addr', 'lines', 0, 'sku'])).toBe('addr.lines[0].sku');
  });
});
