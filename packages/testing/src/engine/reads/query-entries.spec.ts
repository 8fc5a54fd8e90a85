import { ItemStore } from '../storage/item-store';
import { createStorageStats } from '../storage/storage-stats';
import { queryEntries } from './query-entries';

const store = new ItemStore({ partitionKeys: ['PK'], sortKeys: ['SK'], tieBreakers: [] }, createStorageStats());
for (const sk of ['a', 'b1', 'b2', 'b3', 'c', 'd']) store.put({ PK: { S: 'p' }, SK: { S: sk } });
store.put({ PK: { S: 'other' }, SK: { S: 'b1' } });

const read = (range: Partial<Parameters<typeof queryEntries>[1]>) =>
  [...queryEntries(store, { partitionValues: [{ S: 'p' }], sortConditions: [], forward: true, ...range })].map((entry) => entry.SK.S);

describe('queryEntries', () => {
  it('reads the sort-key range of one partition', () => {
    expect(read({})).toEqual(['a', 'b1', 'b2', 'b3', 'c', 'd']);
    expect(read({ sortConditions: [{ op: 'begins_with', prefix: { S: 'b' } }] })).toEqual(['b1', 'b2', 'b3']);
    expect(read({ sortConditions: [{ op: 'between', low: { S: 'b2' }, high: { S: 'c' } }] })).toEqual(['b2', 'b3', 'c']);
    expect(read({ sortConditions: [{ op: '<', value: { S: 'b2' } }] })).toEqual(['a', 'b1']);
    expect(read({ sortConditions: [{ op: '>=', value: { S: 'c' } }], forward: false })).toEqual(['d', 'c']);
    expect(read({ sortConditions: [{ op: '=', value: { S: 'zz' } }] })).toEqual([]);
  });

  it('resumes after the start key in either direction', () => {
    expect(read({ after: { PK: { S: 'p' }, SK: { S: 'b2' } } })).toEqual(['b3', 'c', 'd']);
    expect(read({ after: { PK: { S: 'p' }, SK: { S: 'b2' } }, forward: false })).toEqual(['b1', 'a']);
  });

  it('refuses a start key outside the queried range', () => {
    expect(() => read({ after: { PK: { S: 'other' }, SK: { S: 'b1' } } })).toThrow(
      'The provided starting key does not match the range key predicate',
    );
  });

  it('reads the equality prefix and range of a multi-attribute sort key', () => {
    const indexStore = new ItemStore({ partitionKeys: ['G'], sortKeys: ['C', 'D'], tieBreakers: ['PK'] }, createStorageStats());
    for (const [c, d] of [['x', '1'], ['x', '2'], ['x', '3'], ['y', '1'], ['w', '5']]) {
      indexStore.put({ G: { S: 'g' }, C: { S: c }, D: { N: d }, PK: { S: c + d } });
    }
    const readIndex = (sortConditions: Parameters<typeof queryEntries>[1]['sortConditions'], forward = true) =>
      [...queryEntries(indexStore, { partitionValues: [{ S: 'g' }], sortConditions, forward })].map((entry) => entry.PK.S);
    expect(readIndex([{ op: '=', value: { S: 'x' } }])).toEqual(['x1', 'x2', 'x3']);
    expect(readIndex([{ op: '=', value: { S: 'x' } }, { op: '>', value: { N: '1' } }])).toEqual(['x2', 'x3']);
    expect(readIndex([{ op: '=', value: { S: 'x' } }, { op: '<=', value: { N: '2' } }], false)).toEqual(['x2', 'x1']);
    expect(readIndex([{ op: '>', value: { S: 'w' } }])).toEqual(['x1', 'x2', 'x3', 'y1']);
  });
});
