import { ItemStore } from './item-store';
import { createStorageStats } from './storage-stats';

const item = (pk: string, sk: string) => ({ PK: { S: pk }, SK: { S: sk } });

describe('ItemStore', () => {
  it('keeps each partition sorted by sort key and replaces items with the same key', () => {
    const store = new ItemStore({ partitionKeys: ['PK'], sortKeys: ['SK'], tieBreakers: [] }, createStorageStats());
    for (const sk of ['c', 'a', 'b']) store.put(item('p', sk));
    const previous = store.put({ ...item('p', 'b'), v: { N: '2' } });
    expect(previous).toEqual(item('p', 'b'));
    const partition = store.partition([{ S: 'p' }])!;
    expect([...partition.read(0, partition.size)].map((entry) => entry.SK.S)).toEqual(['a', 'b', 'c']);
    expect([...partition.read(0, partition.size, false)].map((entry) => entry.SK.S)).toEqual(['c', 'b', 'a']);
    expect(store.size).toBe(3);
  });

  it('finds positions by binary search and counts only the entries read', () => {
    const stats = createStorageStats();
    const store = new ItemStore({ partitionKeys: ['PK'], sortKeys: ['SK'], tieBreakers: [] }, stats);
    for (let i = 0; i < 100; i++) store.put(item('p', String(i).padStart(3, '0')));
    const partition = store.partition([{ S: 'p' }])!;
    const start = partition.indexAfter(item('p', '049'));
    expect(start).toBe(50);
    expect([...partition.read(start, start + 3)].map((entry) => entry.SK.S)).toEqual(['050', '051', '052']);
    expect(stats.itemsRead).toBe(3);
  });

  it('drops empty partitions and orders entries with equal index keys by the tie-breakers', () => {
    const store = new ItemStore({ partitionKeys: ['G'], sortKeys: ['GS'], tieBreakers: ['PK', 'SK'] }, createStorageStats());
    store.put({ G: { S: 'g' }, GS: { S: 'x' }, ...item('b', '1') });
    store.put({ G: { S: 'g' }, GS: { S: 'x' }, ...item('a', '1') });
    const partition = store.partition([{ S: 'g' }])!;
    expect([...partition.read(0, 2)].map((entry) => entry.PK.S)).toEqual(['a', 'b']);
    store.remove({ G: { S: 'g' }, GS: { S: 'x' }, ...item('a', '1') });
    store.remove({ G: { S: 'g' }, GS: { S: 'x' }, ...item('b', '1') });
    expect(store.partition([{ S: 'g' }])).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('groups a multi-attribute key by all its partition attributes and sorts by each sort attribute in turn', () => {
    const store = new ItemStore({ partitionKeys: ['A', 'B'], sortKeys: ['C', 'D'], tieBreakers: ['PK'] }, createStorageStats());
    const entry = (b: string, c: string, d: string, pk: string) => ({ A: { S: 'a' }, B: { N: b }, C: { S: c }, D: { N: d }, PK: { S: pk } });
    for (const [b, c, d, pk] of [['1', 'y', '2', 'p1'], ['1', 'x', '10', 'p2'], ['2', 'x', '1', 'p3'], ['1', 'x', '9', 'p4'], ['1', 'x', '9', 'p0']]) {
      store.put(entry(b, c, d, pk));
    }
    const partition = store.partition([{ S: 'a' }, { N: '1' }])!;
    expect([...partition.read(0, partition.size)].map((found) => found.PK.S)).toEqual(['p0', 'p4', 'p2', 'p1']);
    expect(store.partition([{ S: 'a' }, { N: '2' }])!.size).toBe(1);
    expect(store.get(entry('1', 'x', '9', 'p4'))).toEqual(entry('1', 'x', '9', 'p4'));
  });
});
