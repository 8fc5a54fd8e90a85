import { GetCommand, paginateScan } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { describeEachBackend } from '@monotable/testing';
import {
  Attribute,
  Entity,
  MigrationError,
  Monotable,
  Table,
  ConfigurationError,
  increment,
  tableCheckpoint,
  type Checkpoint,
  type RequestLogEvent,
} from '../src';

const PeopleTable = new Table({
  name: 'people',
  partitionKey: 'PK',
  sortKey: 'SK',
  indexes: { GSI1: { partitionKey: 'GSI1PK', sortKey: 'GSI1SK' } },
});

/** v1 → v2: `name` split into first and last name (the input holds the old `name` as stored). */
const splitName = ({ name, ...rest }: { name: string } & Record<string, unknown>) => {
  if (name === 'Broken Record') throw new Error('cannot split this name');
  const [firstName, ...others] = name.split(' ');
  return { ...rest, firstName, lastName: others.join(' ') };
};
/** v2 → v3: a display name derived from the parts. */
const addDisplayName = (person: { firstName: string; lastName: string }) => ({
  ...person,
  displayName: `${person.lastName.toUpperCase()}, ${person.firstName}`,
});

@Entity({ table: PeopleTable, name: 'Person', pk: 'PERSON#{id}', sk: 'PERSON' })
class PersonV1 {
  @Attribute() id!: string;
  @Attribute() name!: string;
  @Attribute({ type: 'number' }) age!: number;
}

@Entity({
  table: PeopleTable,
  name: 'Person',
  pk: 'PERSON#{id}',
  sk: 'PERSON',
  version: 2,
  migrations: { 2: splitName },
})
class PersonV2 {
  @Attribute() id!: string;
  @Attribute() firstName!: string;
  @Attribute() lastName!: string;
  @Attribute({ type: 'number' }) age!: number;
}

@Entity({
  table: PeopleTable,
  name: 'Person',
  pk: 'PERSON#{id}',
  sk: 'PERSON',
  version: 3,
  migrations: { 2: splitName, 3: addDisplayName },
})
class PersonV3 {
  @Attribute() id!: string;
  @Attribute() firstName!: string;
  @Attribute() lastName!: string;
  @Attribute() displayName!: string;
  @Attribute({ type: 'number' }) age!: number;
}

@Entity({ table: PeopleTable, name: 'Product', pk: 'PRODUCT#{id}', sk: 'PRODUCT' })
class Product {
  @Attribute() id!: string;
  @Attribute() category!: string;
  @Attribute({ type: 'list' }) tags!: string[];
  @Attribute({ type: 'map' }) details!: Record<string, unknown>;
  @Attribute({ type: 'set' }) badges!: Set<string>;
}

/** The same entity once an index on its category is added. */
@Entity({
  table: PeopleTable,
  name: 'Product',
  pk: 'PRODUCT#{id}',
  sk: 'PRODUCT',
  indexes: { GSI1: { pk: 'CATEGORY#{category}', sk: 'PRODUCT#{id}' } },
})
class ProductByCategory {
  @Attribute() id!: string;
  @Attribute() category!: string;
  @Attribute({ type: 'list' }) tags!: string[];
  @Attribute({ type: 'map' }) details!: Record<string, unknown>;
  @Attribute({ type: 'set' }) badges!: Set<string>;
}

let tables = 0;

/** One table, seen by connections of every version of its entities (old and new code). */
async function connectAll(client: DynamoDBClient) {
  const tableName = `people_${process.pid}_${Date.now().toString(36)}_${tables++}`;
  const requests: RequestLogEvent[] = [];
  const open = (entities: Function[], logged = false) =>
    new Monotable({
      client,
      table: PeopleTable,
      tableName,
      entities: entities as any,
      logger: logged ? (event) => requests.push(event) : undefined,
    });
  const v1 = open([PersonV1, Product]);
  await v1.createTable();
  const v2 = open([PersonV2, Product]);
  const v3 = open([PersonV3, ProductByCategory], true);
  const raw = async (id: string, prefix = 'PERSON') =>
    (
      await v3.documentClient.send(
        new GetCommand({ TableName: tableName, Key: { PK: `${prefix}#${id}`, SK: prefix } }),
      )
    ).Item;
  /** Every stored Person item, read raw with a paginated Scan. */
  const rawPeople = async () => {
    const items = new Map<string, Record<string, any>>();
    const pages = paginateScan(
      { client: v3.documentClient },
      {
        TableName: tableName,
        FilterExpression: '#t = :t',
        ExpressionAttributeNames: { '#t': '_type' },
        ExpressionAttributeValues: { ':t': 'Person' },
      },
    );
    for await (const page of pages) for (const item of page.Items ?? []) items.set(item.id, item);
    return items;
  };
  return { v1, v2, v3, raw, rawPeople, requests, tableName };
}

const ids = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(5, '0')}`);

describeEachBackend('Schema migrations', (backend) => {
  describe('lazy (on read)', () => {
    test('items written at v1 and v2 read back as v3 and are stored as v3 by the next write', async () => {
      const { v1, v2, v3, raw } = await connectAll(backend().client);
      await v1.getRepository(PersonV1).put({ id: 'a', name: 'Ada Lovelace', age: 36 });
      await v2
        .getRepository(PersonV2)
        .put({ id: 'b', firstName: 'Alan', lastName: 'Turing', age: 41 });
      await v3.getRepository(PersonV3).put({
        id: 'c',
        firstName: 'Grace',
        lastName: 'Hopper',
        displayName: 'HOPPER, Grace',
        age: 85,
      });
      const people = v3.getRepository(PersonV3);

      const ada = await people.getOrFail({ id: 'a' });
      expect(ada).toBeInstanceOf(PersonV3);
      expect({ ...ada }).toEqual({
        id: 'a',
        firstName: 'Ada',
        lastName: 'Lovelace',
        displayName: 'LOVELACE, Ada',
        age: 36,
      });
      expect((await people.getOrFail({ id: 'b' })).displayName).toBe('TURING, Alan');

      const { items } = await people.scan({ allowScan: true });
      expect(items.map((p) => [p.id, p.displayName]).sort()).toEqual([
        ['a', 'LOVELACE, Ada'],
        ['b', 'TURING, Alan'],
        ['c', 'HOPPER, Grace'],
      ]);
      expect(items.every((p) => p instanceof PersonV3 && !('name' in p))).toBe(true);
      expect((await raw('a'))?._v).toBe(1); // reading writes nothing

      const updated = await people.update({ id: 'a' }, { age: increment(1) });
      expect(updated).toMatchObject({ firstName: 'Ada', displayName: 'LOVELACE, Ada', age: 37 });
      expect(await raw('a')).toEqual({
        PK: 'PERSON#a',
        SK: 'PERSON',
        _type: 'Person',
        _v: 3,
        id: 'a',
        firstName: 'Ada',
        lastName: 'Lovelace',
        displayName: 'LOVELACE, Ada',
        age: 37,
      });

      await people.put({ ...(await people.getOrFail({ id: 'b' })), age: 42 });
      expect(await raw('b')).toMatchObject({ _v: 3, displayName: 'TURING, Alan', age: 42 });
    });

    test('a migration that throws is a MigrationError naming the item and version; nothing is written', async () => {
      const { v1, v3, raw } = await connectAll(backend().client);
      await v1.getRepository(PersonV1).put({ id: 'x', name: 'Broken Record', age: 1 });
      const people = v3.getRepository(PersonV3);

      const error = await people.get({ id: 'x' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MigrationError);
      expect(error).toMatchObject({
        code: 'MIGRATION_FAILED',
        entity: 'Person',
        key: { PK: 'PERSON#x', SK: 'PERSON' },
        version: 2,
      });
      expect((error as Error).message).toContain('cannot split this name');

      await expect(people.update({ id: 'x' }, { age: 2 })).rejects.toBeInstanceOf(MigrationError);
      expect(await raw('x')).toMatchObject({ _v: 1, name: 'Broken Record', age: 1 });

      const report = await v3.migrate(PersonV3);
      expect(report).toMatchObject({ scanned: 1, migrated: 0, failed: 1, completed: true });
      expect(report.errors[0]).toMatchObject({ key: { PK: 'PERSON#x' } });
    });
  });

  describe('offline (db.migrate)', () => {
    // Three pages in every segment (what the test proves needs no more); MONOTABLE_SOAK=1 runs 10,000.
    const count = process.env.MONOTABLE_SOAK === '1' ? 10_000 : 240;
    const pageSize = count >= 10_000 ? 250 : 20;

    test(`${count} items in 4 segments while a concurrent writer updates random items`, async () => {
      const { v1, v3, rawPeople, requests } = await connectAll(backend().client);
      const all = ids(count, 'p');
      await v1
        .getRepository(PersonV1)
        .batchPut(all.map((id) => ({ id, name: `First ${id}`, age: 0 })));
      const people = v3.getRepository(PersonV3);

      const increments = new Map<string, number>();
      let migrating = true;
      const writer = async () => {
        while (migrating) {
          const id = all[Math.floor(Math.random() * all.length)];
          await people.update({ id }, { age: increment(1) });
          increments.set(id, (increments.get(id) ?? 0) + 1);
        }
      };
      const writers = [writer(), writer(), writer()];
      const report = await v3.migrate(PersonV3, { segments: 4, pageSize });
      migrating = false;
      await Promise.all(writers);

      expect(report).toMatchObject({ scanned: count, failed: 0, completed: true });
      expect(report.migrated + report.skipped).toBe(count);
      expect(increments.size).toBeGreaterThan(0);
      const stored = await rawPeople();
      expect(stored.size).toBe(count);
      for (const id of all) {
        const item = stored.get(id);
        expect(item).toMatchObject({ _v: 3, displayName: `${id.toUpperCase()}, First` });
        expect(item).not.toHaveProperty('name');
        expect(item?.age).toBe(increments.get(id) ?? 0); // no concurrent write lost
      }

      requests.length = 0;
      const again = await v3.migrate(PersonV3, { segments: 4 });
      expect(again).toMatchObject({ scanned: count, migrated: 0, skipped: count, failed: 0 });
      expect(requests.filter((r) => r.operation !== 'Scan')).toEqual([]);
    }, 300_000);

    test('resumes from a checkpoint without redoing finished segments', async () => {
      const { v1, v3, rawPeople, requests } = await connectAll(backend().client);
      // Four pages in every segment: a stop after the first finished segment leaves others mid-way.
      const all = ids(160, 'r');
      await v1.getRepository(PersonV1).batchPut(all.map((id) => ({ id, name: `N ${id}`, age: 0 })));
      let saved: Checkpoint | undefined;
      const checkpoint = {
        load: async () => saved,
        save: async (c: Checkpoint) => {
          saved = JSON.parse(JSON.stringify(c));
        },
      };

      const stop = new AbortController();
      const first = await v3.migrate(PersonV3, {
        segments: 4,
        pageSize: 10,
        checkpoint,
        signal: stop.signal,
        onProgress: (_, page) => page.done && stop.abort(),
      });
      expect(first.completed).toBe(false);
      const finished = saved!.positions.flatMap((p, segment) => (p === 'done' ? [segment] : []));
      expect(finished.length).toBeGreaterThan(0);
      expect(finished.length).toBeLessThan(4);

      requests.length = 0;
      const second = await v3.migrate(PersonV3, { segments: 4, pageSize: 10, checkpoint });
      expect(second.completed).toBe(true);
      const scannedSegments = new Set(
        requests.filter((r) => r.operation === 'Scan').map((r) => r.params.Segment),
      );
      for (const segment of finished) expect(scannedSegments.has(segment)).toBe(false);
      expect(first.migrated + second.migrated).toBeGreaterThanOrEqual(all.length);
      expect(second.scanned).toBeLessThan(all.length);
      const stored = [...(await rawPeople()).values()];
      expect(stored).toHaveLength(all.length);
      expect(stored.every((item) => item._v === 3 && item.displayName)).toBe(true);

      await expect(v3.migrate(PersonV3, { segments: 2, checkpoint })).rejects.toThrow(
        /checkpoint .* 4 segment/,
      );
    }, 60_000);

    test('toVersion stages a migration: items stop at that version and reads upgrade the rest', async () => {
      const { v1, v3, raw } = await connectAll(backend().client);
      await v1.getRepository(PersonV1).batchPut([
        { id: 'a', name: 'Ada Lovelace', age: 36 },
        { id: 'b', name: 'Alan Turing', age: 41 },
      ]);
      await v3.getRepository(PersonV3).put({
        id: 'c',
        firstName: 'Grace',
        lastName: 'Hopper',
        displayName: 'HOPPER, Grace',
        age: 85,
      });

      const staged = await v3.migrate(PersonV3, { toVersion: 2 });
      expect(staged).toMatchObject({ scanned: 3, migrated: 2, skipped: 1, failed: 0 });
      expect(await raw('a')).toEqual({
        PK: 'PERSON#a',
        SK: 'PERSON',
        _type: 'Person',
        _v: 2,
        id: 'a',
        firstName: 'Ada',
        lastName: 'Lovelace',
        age: 36,
      });
      expect(await raw('c')).toMatchObject({ _v: 3, displayName: 'HOPPER, Grace' }); // never downgraded
      expect(await v3.getRepository(PersonV3).getOrFail({ id: 'b' })).toMatchObject({
        displayName: 'TURING, Alan',
      });

      const rest = await v3.migrate(PersonV3);
      expect(rest).toMatchObject({ scanned: 3, migrated: 2, skipped: 1 });
      expect(await raw('a')).toMatchObject({ _v: 3, displayName: 'LOVELACE, Ada' });

      await expect(v3.migrate(PersonV3, { toVersion: 4 })).rejects.toThrow(ConfigurationError);
      await expect(v3.migrate(PersonV3, { toVersion: 0 })).rejects.toThrow(
        /toVersion of Person must be an integer from 1 to its current version 3; got 0/,
      );
    });

    test('a checkpoint kept as an item of the table resumes the run and is never read as an entity', async () => {
      const { v1, v3, rawPeople, tableName } = await connectAll(backend().client);
      const all = ids(300, 't');
      await v1.getRepository(PersonV1).batchPut(all.map((id) => ({ id, name: `N ${id}`, age: 0 })));
      const checkpoint = tableCheckpoint('person-v3');

      const stop = new AbortController();
      const first = await v3.migrate(PersonV3, {
        segments: 3,
        pageSize: 10,
        checkpoint,
        signal: stop.signal,
        onProgress: (report) => report.scanned >= 100 && stop.abort(),
      });
      expect(first.completed).toBe(false);
      const saved = await v3.documentClient.send(
        new GetCommand({
          TableName: tableName,
          Key: { PK: 'MONOTABLE#MIGRATION#person-v3', SK: 'CHECKPOINT' },
        }),
      );
      expect(saved.Item).toMatchObject({
        _type: 'MonotableMigrationCheckpoint',
        checkpoint: { entity: 'Person', segments: 3, toVersion: 3 },
      });
      expect(saved.Item!.checkpoint.positions).toHaveLength(3);

      const people = v3.getRepository(PersonV3);
      const scanned = await people.scan({ allowScan: true });
      expect(scanned.items).toHaveLength(300); // the checkpoint item is not a Person

      await expect(v3.migrate(PersonV3, { segments: 3, toVersion: 2, checkpoint })).rejects.toThrow(
        /to version 3 with 3 segment\(s\); this one migrates Person to version 2/,
      );

      const second = await v3.migrate(PersonV3, { segments: 3, pageSize: 10, checkpoint });
      expect(second.completed).toBe(true);
      expect(first.scanned + second.scanned).toBeLessThan(400);
      const stored = await rawPeople();
      expect([...stored.values()].every((item) => item._v === 3 && item.displayName)).toBe(true);
      expect(() => tableCheckpoint('no spaces please')).toThrow(ConfigurationError);
    }, 60_000);

    test('back-filling a new index makes its access pattern return every item', async () => {
      const { v1, v3 } = await connectAll(backend().client);
      const all = ids(150, 'k');
      await v1.getRepository(Product).batchPut(
        all.map((id, i) => ({
          id,
          category: i % 2 ? 'odd' : 'even',
          tags: ['a', String(i)],
          details: { size: i, nested: { ok: true } },
          badges: new Set(['new', `b${i}`]),
        })),
      );
      const products = v3.getRepository(ProductByCategory);
      const before = await products.query({ category: 'even' }, { index: 'GSI1' });
      expect(before.items).toHaveLength(0);

      const dry = await v3.migrate(ProductByCategory, { dryRun: true });
      expect(dry).toMatchObject({ scanned: 150, migrated: 150 });
      expect((await products.query({ category: 'even' }, { index: 'GSI1' })).items).toHaveLength(0);

      const report = await v3.migrate(ProductByCategory, { segments: 2, maxWritesPerSecond: 2000 });
      expect(report).toMatchObject({ scanned: 150, migrated: 150, failed: 0 });
      const even: string[] = [];
      for await (const p of products.iterate({ category: 'even' }, { index: 'GSI1' }))
        even.push(p.id);
      expect(even).toEqual(all.filter((_, i) => i % 2 === 0));
      expect(await v3.migrate(ProductByCategory)).toMatchObject({ migrated: 0, skipped: 150 });
    });
  });
});
