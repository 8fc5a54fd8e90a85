import { chunk } from './chunk';

describe('chunk', () => {
  it('splits into groups of the given size, the last one shorter', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('returns no groups for no items', () => {
    expect(chunk([], 25)).toEqual([]);
  });

  it('produces exactly n / size groups when size divides n', () => {
    const groups = chunk(
      Array.from({ length: 1000 }, (_, i) => i),
      100,
    );
    expect(groups).toHaveLength(10);
    expect(groups.flat()).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });

  it('rejects a size that is not a positive integer', () => {
    expect(() => chunk([1], 0)).toThrow(RangeError);
    expect(() => chunk([1], 2.5)).toThrow(RangeError);
  });
});
