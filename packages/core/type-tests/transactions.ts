/**
 * Compile-only: what a write resolves with says whether it returns the stored item. Every
 * `@ts-expect-error` line must fail to compile; every other line must compile.
 */
import { Attribute, Entity, Table, increment, type Monotable, type Repository } from '../src';

const T = new Table({ name: 't', partitionKey: 'PK', sortKey: 'SK' });

@Entity({ table: T, pk: 'TASK#{id}', sk: 'TASK' })
class Task {
  @Attribute() id!: string;
  @Attribute({ type: 'number' }) points = 0;
}

declare const db: Monotable;
declare const tasks: Repository<Task>;
declare const flag: boolean;
const key = { id: 't1' };

async function resultTypes(): Promise<void> {
  const updated: Task = await tasks.update(key, { points: increment(1) });
  const deleted: Task | undefined = await tasks.delete(key);
  void updated;
  void deleted;

  const nothing: void = await tasks.update(key, { points: increment(1) }, { returnItem: false });
  const none: void = await tasks.delete(key, { returnItem: false, expectedVersion: 2 });
  void nothing;
  void none;

  // @ts-expect-error returnItem: false resolves with nothing, not the item
  const notAnItem: Task = await tasks.update(key, { points: 1 }, { returnItem: false });
  void notAnItem;
  // @ts-expect-error a boolean could be false at run time: say false or leave it out
  await tasks.update(key, { points: 1 }, { returnItem: flag });

  // db.transaction resolves with what its callback returns.
  const total: number = await db.transaction(async () => {
    await tasks.update(key, { points: increment(1) }, { returnItem: false });
    return 42;
  });
  void total;
  // @ts-expect-error the callback returns a number
  const wrong: string = await db.transaction(() => 1);
  void wrong;
}
void resultTypes;
