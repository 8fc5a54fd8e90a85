import { ItemStore } from '../storage/item-store';
import { createStorageStats } from '../storage/storage-stats';
import { scanEntries } from './scan-entries';

function storeWith(count: number): ItemStore {
  const store = new ItemStore({ partitionKeys: ['PK'], sortKeys: ['SK'], tieBreakers: [] }, createStorageStats());
  for (let i = 0; i < count; i++) {
    store.put({ PK: { S: `p${i}` }, SK: { S: 'a' } });
    store.put({ PK: { S: `p${i}` }, SK: { S: 'b' } });
  }
  return store;
}

const names = (entries: Iterable<Record<string, { S?: string }>>) => [...entries].map((entry) => `${entry.PK.S}/${entry.SK.S}`);

describe('scanEntries', () => {
  it('splits the table into disjoint segments that together cover it', () => {
    const store = storeWith(50);
    const all = names(scanEntries(store, {}));
    const segments = [0, 1, 2].map((segment) => names(scanEntries(store, { segment, totalSegments: 3 })));
    expect(segments.flat().sort()).toEqual([...all].sort());
    expect(new Set(segments.flat()).size).toBe(100);
    expect(segments.every((segment) => segment.length > 0)).toBe(true);
  });

  it('resumes after a start key, inside its partition and then across partitions', () => {
    const store = storeWith(5);
    const all = names(scanEntries(store, {}));
    const [pk, sk] = all[2].split('/');
    const rest = names(scanEntries(store, { after: { PK: { S: pk }, SK: { S: sk } } }));
    expect(rest).toEqual(all.slice(3));
  });
});
