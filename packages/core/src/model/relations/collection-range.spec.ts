import { collectionRange, rangeHolds } from './collection-range';

describe('collectionRange', () => {
  it('uses eq or beginsWith for one member, nothing for a whole partition', () => {
    expect(collectionRange([{ value: 'PROFILE', exact: true }])).toEqual({
      op: 'eq',
      value: 'PROFILE',
    });
    expect(collectionRange([{ value: 'ORDER#', exact: false }])).toEqual({
      op: 'beginsWith',
      value: 'ORDER#',
    });
    expect(
      collectionRange([
        { value: 'A', exact: true },
        { value: '', exact: false },
      ]),
    ).toBeUndefined();
  });

  it('spans several members with one between, covering every key of each prefix', () => {
    const range = collectionRange([
      { value: 'PROFILE', exact: true },
      { value: 'ORDER#', exact: false },
      { value: 'ADDRESS#', exact: false },
    ]);
    expect(range).toEqual({ op: 'between', value: 'ADDRESS#', value2: 'PROFILE' });
    const nested = collectionRange([
      { value: 'ORDER#o1', exact: true },
      { value: 'ORDER#o1#LINE#', exact: false },
    ])!;
    expect(nested).toEqual({ op: 'between', value: 'ORDER#o1', value2: 'ORDER#o1#LINE$' });
    expect(rangeHolds(nested, 'ORDER#o1#LINE#\u{10ffff}')).toBe(true);
    expect(rangeHolds(nested, 'ORDER#o10')).toBe(false);
  });
});
