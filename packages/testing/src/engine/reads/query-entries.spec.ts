import { ItemStore } from '../storage/item-store';
import { createStorageStats } from '../storage/storage-stats';
import { queryEntries } from './query-entries';

const store = new ItemStore({ partitionKey: 'PK', sortKey: 'SK', tieBreakers: [] }, createStorageStats());
for (const sk of ['a', 'b1', 'b2', 'b3', 'c', 'd']) store.put({ PK: { S: 'p' }, SK: { S: sk } });
store.put({ PK: { S: 'other' }, SK: { S: 'b1' } });

const read = (range: Partial<Parameters<typeof queryEntries>[1]>) =>
  [...queryEntries(store, { partitionValue: { S: 'p' }, forward: true, ...range })].map((entry) => entry.SK.S);

describe('queryEntries', () => {
  it('reads the sort-key range of one partition', () => {
    expect(read({})).toEqual(['a', 'b1', 'b2', 'b3', 'c', 'd']);
    expect(read({ sort: { op: 'begins_with', prefix: { S: 'b' } } })).toEqual(['b1', 'b2', 'b3']);
    expect(read({ sort: { op: 'between', low: { S: 'b2' }, high: { S: 'c' } } })).toEqual(['b2', 'b3', 'c']);
    expect(read({ sort: { op: '<', value: { S: 'b2' } } })).toEqual(['a', 'b1']);
    expect(read({ sort: { op: '>=', value: { S: 'c' } }, forward: false })).toEqual(['d', 'c']);
    expect(read({ sort: { op: '=', value: { S: 'zz' } } })).toEqual([]);
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
});
