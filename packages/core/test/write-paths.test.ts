/**
 * Every guarantee on every write path: the same intents (a @Unique value change, a validation
 * failure, an oversized item, a version check) sent through single writes, transactions,
 * batches, relation handles, lazy upgrades and `db.migrate`, on both engines. After each case
 * the stored items and their unique markers must agree: no orphan marker, no missing one.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describeEachBackend } from '@monotable/testing';
import { storedItems as readStoredItems } from './fixtures/stored-items';
import { IsEmail, Length } from 'class-validator';
import {
  Attribute,
  ConfigurationError,
  Entity,
  ItemTooLargeError,
  ManyToMany,
  Monotable,
  Table,
  Unique,
  UniqueConstraintError,
  ValidationError,
  Version,
  VersionConflictError,
} from '../src';

const PathsTable = new Table({ name: 'paths', partitionKey: 'PK', sortKey: 'SK' });
const lowerEmail = (member: { email: string }) => ({
  ...member,
  email: member.email.toLowerCase(),
});
const big = 'x'.repeat(410 * 1024);

@Entity({ table: PathsTable, name: 'Member', pk: 'MEMBER#{id}', sk: 'MEMBER' })
class MemberV1 {
  @Attribute() id!: string;
  @Unique() @Attribute() email!: string;
  @Attribute() name!: string;
  @Attribute() bio?: string;
  @Version() version!: number;
}

/** v2 stores emails lower-cased: the migration changes a @Unique value. */
@Entity({
  table: PathsTable,
  name: 'Member',
  pk: 'MEMBER#{id}',
  sk: 'MEMBER',
  version: 2,
  migrations: { 2: lowerEmail },
})
class Member {
  @Attribute() id!: string;
  @Unique() @IsEmail() @Attribute() email!: string;
  @Length(1, 50) @Attribute() name!: string;
  @Attribute() bio?: string;
  @Version() version!: number;
}

/** An edge with a @Unique attribute: each membership has its own badge code. */
@Entity({ table: PathsTable, name: 'Membership', pk: 'CLUB#{clubId}', sk: 'MEMBER#{memberId}' })
class Membership {
  @Attribute() clubId!: string;
  @Attribute() memberId!: string;
  @Unique() @Attribute() badge!: string;
  @Length(1, 20) @Attribute({ type: 'string' }) role = 'member';
  @Attribute() note?: string;
}

@Entity({ table: PathsTable, name: 'Club', pk: 'CLUB#{clubId}', sk: 'CLUB' })
class Club {
  @Attribute() clubId!: string;
  @ManyToMany(() => Member, { through: () => Membership }) members?: Member[];
}

/** No @Unique attribute: the entity batches may write. */
@Entity({ table: PathsTable, name: 'Note', pk: 'NOTE#{id}', sk: 'NOTE' })
class Note {
  @Attribute() id!: string;
  @Length(1, 50) @Attribute() text!: string;
  @Attribute() body?: string;
}

let tables = 0;

describeEachBackend('Every write path keeps every guarantee', (backend) => {
  let client: DynamoDBClient;
  let tableName: string;
  let db: Monotable;
  let doc: DynamoDBDocumentClient;

  const connect = (entities: any[]) =>
    new Monotable({ client, table: PathsTable, tableName, entities });

  beforeEach(async () => {
    client = backend().client;
    doc = DynamoDBDocumentClient.from(client);
    tableName = `paths_${process.pid}_${tables++}`;
    db = connect([Member, Membership, Club, Note]);
    await db.createTable();
  });

  const storedItems = () => readStoredItems(doc, tableName);

  /** The unique markers in the table, and the markers the stored items need: must be equal. */
  async function markersAgree(): Promise<{ stored: string[]; needed: string[] }> {
    const items = await storedItems();
    const stored = items
      .filter((item) => item._type === '$unique')
      .map((item) => item.PK)
      .sort();
    const needed = items
      .flatMap((item) =>
        item._type === 'Member'
          ? [`UNIQUE#Member#email#${item.email}`]
          : item._type === 'Membership'
            ? [`UNIQUE#Membership#badge#${item.badge}`]
            : [],
      )
      .sort();
    return { stored, needed };
  }

  async function expectMarkersInStep() {
    const { stored, needed } = await markersAgree();
    expect(stored).toEqual(needed);
  }

  /** Seeds Ada with an upper-case email at schema version 1, as an older release stored her. */
  async function seedOldAda() {
    const v1 = connect([MemberV1]);
    await v1.getRepository(MemberV1).create({ id: 'ada', email: 'ADA@X.COM', name: 'Ada' });
  }

  describe('a @Unique value change moves its marker', () => {
    const paths: Array<[string, (db: Monotable) => Promise<unknown>]> = [
      ['update', (db) => db.getRepository(Member).update({ id: 'ada' }, { email: 'ada@new.com' })],
      [
        'put',
        async (db) => {
          const ada = await db.getRepository(Member).getOrFail({ id: 'ada' });
          return db.getRepository(Member).put({ ...ada, email: 'ada@new.com' });
        },
      ],
      [
        'transaction',
        (db) => db.transaction((tx) => tx.update(Member, { id: 'ada' }, { email: 'ada@new.com' })),
      ],
      [
        'db.migrate (transform)',
        (db) =>
          db.migrate(Member, {
            segments: 2,
            transform: (member: Member) => ({ ...member, email: 'ada@new.com' }),
          }),
      ],
    ];
    it.each(paths)('%s', async (_, write) => {
      await db.getRepository(Member).create({ id: 'ada', email: 'ada@x.com', name: 'Ada' });
      await write(db);
      expect((await db.getRepository(Member).getOrFail({ id: 'ada' })).email).toBe('ada@new.com');
      await expectMarkersInStep();
      // The old value is free, the new one taken.
      await db.getRepository(Member).create({ id: 'bob', email: 'ada@x.com', name: 'Bob' });
      await expect(
        db.getRepository(Member).create({ id: 'eve', email: 'ada@new.com', name: 'Eve' }),
      ).rejects.toBeInstanceOf(UniqueConstraintError);
      await expectMarkersInStep();
    });

    it('db.migrate: a migration that lower-cases the email claims the new value and releases the old', async () => {
      await seedOldAda();
      const report = await db.migrate(Member, { segments: 2 });
      expect(report).toMatchObject({ migrated: 1, failed: 0 });
      expect((await storedItems()).find((item) => item._type === 'Member')).toMatchObject({
        email: 'ada@x.com',
        _v: 2,
      });
      await expectMarkersInStep();
      await expect(
        db.getRepository(Member).create({ id: 'eve', email: 'ada@x.com', name: 'Eve' }),
      ).rejects.toBeInstanceOf(UniqueConstraintError);
      await db.getRepository(Member).create({ id: 'bob', email: 'ADA@X.COM', name: 'Bob' });
      await expectMarkersInStep();
    });

    it('lazy upgrade: an update of an old item stores it upgraded with its markers moved', async () => {
      await seedOldAda();
      await db.getRepository(Member).update({ id: 'ada' }, { name: 'Ada L.' });
      expect(await db.getRepository(Member).getOrFail({ id: 'ada' })).toMatchObject({
        email: 'ada@x.com',
        name: 'Ada L.',
      });
      await expectMarkersInStep();
      await expect(
        db.getRepository(Member).create({ id: 'eve', email: 'ada@x.com', name: 'Eve' }),
      ).rejects.toBeInstanceOf(UniqueConstraintError);
    });

    it('db.migrate: a migrated value another item holds fails that item and writes nothing', async () => {
      await seedOldAda();
      await db.getRepository(Member).create({ id: 'bob', email: 'ada@x.com', name: 'Bob' });
      const before = await storedItems();
      const report = await db.migrate(Member, { segments: 1 });
      expect(report).toMatchObject({ migrated: 0, failed: 1 }); // bob is already current
      expect(report.errors[0].message).toMatch(/email/);
      const ada = (await storedItems()).find((item) => item.PK === 'MEMBER#ada');
      expect(ada).toEqual(before.find((item) => item.PK === 'MEMBER#ada'));
      await expectMarkersInStep();
    });

    it('batch: refused for an entity with @Unique attributes, nothing written', async () => {
      await db.getRepository(Member).create({ id: 'ada', email: 'ada@x.com', name: 'Ada' });
      const before = await storedItems();
      await expect(
        db.getRepository(Member).batchPut([{ id: 'ada', email: 'ada@new.com', name: 'Ada' }]),
      ).rejects.toBeInstanceOf(ConfigurationError);
      await expect(db.getRepository(Member).batchDelete([{ id: 'ada' }])).rejects.toBeInstanceOf(
        ConfigurationError,
      );
      expect(await storedItems()).toEqual(before);
    });

    it('relation handle: add claims, remove and clear release the edges’ markers', async () => {
      const club = await db.getRepository(Club).create({ clubId: 'chess' });
      const members = await Promise.all(
        ['ada', 'bob', 'cy'].map((id) =>
          db.getRepository(Member).create({ id, email: `${id}@x.com`, name: id }),
        ),
      );
      const handle = db.relation(club, 'members');
      for (const member of members) await handle.add(member, { badge: `B-${member.id}` });
      await expectMarkersInStep();
      expect((await markersAgree()).stored).toContain('UNIQUE#Membership#badge#B-ada');
      await expect(
        db.getRepository(Membership).create({ clubId: 'go', memberId: 'ada', badge: 'B-ada' }),
      ).rejects.toBeInstanceOf(UniqueConstraintError);
      await handle.remove(members[0]);
      await expectMarkersInStep();
      expect(await handle.clear()).toBe(2);
      expect((await handle.list()).items).toEqual([]);
      await expectMarkersInStep();
      expect((await markersAgree()).stored.filter((pk) => pk.includes('Membership'))).toEqual([]);
    });
  });

  describe('a validation failure writes nothing', () => {
    const paths: Array<[string, (db: Monotable) => Promise<unknown>]> = [
      [
        'create',
        (db) => db.getRepository(Member).create({ id: 'eve', email: 'e@x.com', name: '' }),
      ],
      ['update', (db) => db.getRepository(Member).update({ id: 'ada' }, { name: '' })],
      [
        'transaction',
        (db) =>
          db.transaction((tx) => {
            tx.create(Note, { id: 'n2', text: 'fine' });
            tx.update(Member, { id: 'ada' }, { name: '' });
          }),
      ],
      [
        'batch',
        (db) =>
          db.getRepository(Note).batchPut([
            { id: 'n2', text: 'fine' },
            { id: 'n3', text: '' },
          ]),
      ],
      [
        'relation handle',
        async (db) => {
          const ada = await db.getRepository(Member).getOrFail({ id: 'ada' });
          return db
            .relation(Object.assign(new Club(), { clubId: 'chess' }), 'members')
            .add(ada, { badge: 'B1', role: '' });
        },
      ],
      [
        'db.migrate',
        async (db) => {
          const report = await db.migrate(Member, {
            transform: (member: Member) => ({ ...member, name: '' }),
          });
          expect(report).toMatchObject({ migrated: 0, failed: 1 });
          throw new ValidationError('Member', [{ property: 'name', constraints: {} } as any]);
        },
      ],
    ];
    it.each(paths)('%s', async (_, write) => {
      await db.getRepository(Member).create({ id: 'ada', email: 'ada@x.com', name: 'Ada' });
      await db.getRepository(Note).create({ id: 'n1', text: 'first' });
      const before = await storedItems();
      await expect(write(db)).rejects.toBeInstanceOf(ValidationError);
      expect(await storedItems()).toEqual(before);
    });

    it('lazy upgrade: a migration producing an invalid entity fails the update, nothing written', async () => {
      const v1 = connect([MemberV1]);
      await v1.getRepository(MemberV1).create({ id: 'ada', email: 'NOT AN EMAIL', name: 'Ada' });
      const before = await storedItems();
      await expect(
        db.getRepository(Member).update({ id: 'ada' }, { name: 'Ada L.' }),
      ).rejects.toBeInstanceOf(ValidationError);
      expect(await storedItems()).toEqual(before);
    });
  });

  describe('an oversized item writes nothing', () => {
    const paths: Array<[string, (db: Monotable) => Promise<unknown>]> = [
      ['create', (db) => db.getRepository(Note).create({ id: 'n2', text: 'big', body: big })],
      [
        'put',
        (db) =>
          db.getRepository(Member).put({ id: 'ada', email: 'ada@x.com', name: 'A', bio: big }),
      ],
      [
        'transaction',
        (db) => db.transaction((tx) => tx.put(Note, { id: 'n2', text: 'big', body: big })),
      ],
      ['batch', (db) => db.getRepository(Note).batchPut([{ id: 'n2', text: 'big', body: big }])],
      [
        'relation handle',
        async (db) => {
          const ada = await db.getRepository(Member).getOrFail({ id: 'ada' });
          return db
            .relation(Object.assign(new Club(), { clubId: 'chess' }), 'members')
            .add(ada, { badge: 'B1', note: big });
        },
      ],
      [
        'db.migrate',
        async (db) => {
          const report = await db.migrate(Note, {
            transform: (note: Note) => ({ ...note, body: big }),
          });
          expect(report).toMatchObject({ migrated: 0, failed: 1 });
          expect(report.errors[0].message).toMatch(/DynamoDB's limit is 409600 bytes/);
          throw new ItemTooLargeError('Note', 0);
        },
      ],
    ];
    it.each(paths)('%s', async (_, write) => {
      await db.getRepository(Member).create({ id: 'ada', email: 'ada@x.com', name: 'Ada' });
      await db.getRepository(Note).create({ id: 'n1', text: 'first' });
      const before = await storedItems();
      await expect(write(db)).rejects.toBeInstanceOf(ItemTooLargeError);
      expect(await storedItems()).toEqual(before);
    });
  });

  describe('a version check holds on every path', () => {
    const paths: Array<[string, (db: Monotable) => Promise<unknown>]> = [
      [
        'update',
        (db) =>
          db.getRepository(Member).update({ id: 'ada' }, { name: 'X' }, { expectedVersion: 7 }),
      ],
      [
        'update of a @Unique value',
        (db) =>
          db
            .getRepository(Member)
            .update({ id: 'ada' }, { email: 'x@x.com' }, { expectedVersion: 7 }),
      ],
      ['delete', (db) => db.getRepository(Member).delete({ id: 'ada' }, { expectedVersion: 7 })],
      [
        'transaction',
        (db) =>
          db
            .transaction((tx) =>
              tx.update(Member, { id: 'ada' }, { name: 'X' }, { expectedVersion: 7 }),
            )
            .catch((error) => {
              throw error.reasons?.[0]?.error ?? error;
            }),
      ],
    ];
    it.each(paths)('%s', async (_, write) => {
      await db.getRepository(Member).create({ id: 'ada', email: 'ada@x.com', name: 'Ada' });
      const before = await storedItems();
      await expect(write(db)).rejects.toBeInstanceOf(VersionConflictError);
      expect(await storedItems()).toEqual(before);
      await expectMarkersInStep();
    });

    it('a whole entity read back can be passed as changes of a versioned update', async () => {
      const ada = await db
        .getRepository(Member)
        .create({ id: 'ada', email: 'ada@x.com', name: 'Ada' });
      const updated = await db
        .getRepository(Member)
        .update({ id: 'ada' }, { ...ada, name: 'Ada L.' });
      expect(updated).toMatchObject({ name: 'Ada L.', version: 2 });
      await expect(
        db
          .getRepository(Member)
          .update({ id: 'ada' }, { ...ada, name: 'stale' }, { expectedVersion: ada.version }),
      ).rejects.toBeInstanceOf(VersionConflictError);
    });
  });

  it('a stale marker left by an older release never blocks and is never duplicated', async () => {
    // A marker for a value no item holds (e.g. written by hand): claiming the value again works
    // only for its owner; this checks that markersAgree() really detects an orphan.
    await doc.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          PK: 'UNIQUE#Member#email#orphan@x.com',
          SK: 'UNIQUE',
          _type: '$unique',
          _owner: 'MEMBER#gone',
          _ownerSk: 'MEMBER',
        },
      }),
    );
    const { stored, needed } = await markersAgree();
    expect(stored).not.toEqual(needed);
  });
});
