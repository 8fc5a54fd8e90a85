/**
 * Compile-only: `select` narrows what a read returns; `select` and `include` do not combine.
 * Every `@ts-expect-error` line must fail to compile; every other line must compile.
 */
import { Attribute, Entity, HasMany, Table, type Repository } from '../src';

const T = new Table({ name: 't', partitionKey: 'PK', sortKey: 'SK' });

@Entity({ table: T, pk: 'USER#{id}', sk: 'NOTE#{noteId}' })
class Note {
  @Attribute() id!: string;
  @Attribute() noteId!: string;
  @Attribute() text!: string;
}

@Entity({ table: T, pk: 'USER#{id}', sk: 'USER' })
class User {
  @Attribute() id!: string;
  @Attribute() name!: string;
  @Attribute() email!: string;
  @HasMany(() => Note) notes?: Note[];
}

declare const users: Repository<User>;

export async function reads() {
  const picked = await users.get({ id: 'u1' }, { select: ['name'] });
  const name: string | undefined = picked?.name;
  // @ts-expect-error email was not selected
  void picked?.email;

  const sure = await users.getOrFail({ id: 'u1' }, { select: ['name', 'email'] });
  void (sure.name + sure.email);

  const whole = await users.get({ id: 'u1' });
  void whole?.email;

  const withNotes = await users.getOrFail({ id: 'u1' }, { include: ['notes'] });
  void withNotes.notes.map((note) => note.text);

  // @ts-expect-error select and include cannot be combined
  void users.get({ id: 'u1' }, { select: ['name'], include: ['notes'] });
  // @ts-expect-error an unknown property cannot be selected
  void users.get({ id: 'u1' }, { select: ['nmae'] });

  const page = await users.query({ id: 'u1' }, { select: ['email'], limit: 5 });
  void page.items.map((user) => user.email);
  // @ts-expect-error name was not selected
  void page.items.map((user) => user.name);

  for await (const user of users.iterate({ id: 'u1' }, { select: ['name'] })) {
    void user.name;
    // @ts-expect-error email was not selected
    void user.email;
  }

  const scanned = await users.scan({ allowScan: true, select: ['id'] });
  void scanned.items.map((user) => user.id);
  // @ts-expect-error name was not selected
  void scanned.items.map((user) => user.name);
  return name;
}
