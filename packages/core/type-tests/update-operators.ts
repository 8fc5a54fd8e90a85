/**
 * Compile-only: update operators are typed by the attribute they target. Every
 * `@ts-expect-error` line must fail to compile; every other line must compile.
 */
import {
  Attribute,
  Entity,
  Table,
  addToSet,
  append,
  decrement,
  ifNotExists,
  increment,
  prepend,
  remove,
  removeFromSet,
  type Repository,
} from '../src';

const T = new Table({ name: 't', partitionKey: 'PK', sortKey: 'SK' });

@Entity({ table: T, pk: 'TASK#{id}', sk: 'TASK' })
class Task {
  @Attribute() id!: string;
  @Attribute() title!: string;
  @Attribute() note?: string;
  @Attribute({ type: 'number' }) points = 0;
  @Attribute({ type: 'list' }) tags: string[] = [];
  @Attribute({ type: 'list' }) scores?: number[];
  @Attribute({ type: 'set' }) roles?: Set<string>;
  @Attribute({ type: 'date' }) dueAt?: Date;
  @Attribute({ type: 'any' }) extra?: any;
}

declare const tasks: Repository<Task>;
const key = { id: 't1' };

// What must compile.
void tasks.update(key, { points: increment(1) });
void tasks.update(key, { points: decrement(2) });
void tasks.update(key, { tags: append(['a']), scores: prepend([1, 2]) });
void tasks.update(key, { roles: addToSet(['admin']) });
void tasks.update(key, { roles: removeFromSet(new Set(['guest'])) });
void tasks.update(key, { note: remove(), dueAt: remove(), roles: remove() });
void tasks.update(key, { title: ifNotExists('untitled'), dueAt: ifNotExists(new Date()) });
void tasks.update(key, { extra: increment(1) }); // `any` accepts every operator
void tasks.update(key, { title: 'plain values still work', points: 3, note: null });

// What must not.
// @ts-expect-error increment on a string
void tasks.update(key, { title: increment(1) });
// @ts-expect-error decrement on a list
void tasks.update(key, { tags: decrement(1) });
// @ts-expect-error append on a number
void tasks.update(key, { points: append([1]) });
// @ts-expect-error append of numbers to a string list
void tasks.update(key, { tags: append([1, 2]) });
// @ts-expect-error addToSet on a list
void tasks.update(key, { tags: addToSet(['a']) });
// @ts-expect-error addToSet of numbers to a string set
void tasks.update(key, { roles: addToSet([1]) });
// @ts-expect-error remove() of a required property
void tasks.update(key, { title: remove() });
// @ts-expect-error ifNotExists with another type
void tasks.update(key, { points: ifNotExists('zero') });
// @ts-expect-error an unknown property
void tasks.update(key, { titel: 'typo' });
