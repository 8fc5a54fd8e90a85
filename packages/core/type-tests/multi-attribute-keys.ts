/**
 * Compile-only: an index keyed by a list of the entity's properties (a multi-attribute key) is
 * declared in `[Keys]` like a template index, and typed the same way: the partition takes the
 * pk properties, `where` only the sk properties, each with its own type.
 * Every `@ts-expect-error` line must fail to compile; every other line must compile.
 */
import { Attribute, Entity, HasMany, Keys, Table, type Monotable, type Repository } from '../src';

const T = new Table({
  name: 't',
  partitionKey: 'PK',
  sortKey: 'SK',
  indexes: {
    byStatus: { partitionKey: ['orgId', 'status'], sortKey: ['priority', 'createdAt'] },
    byAssignee: { partitionKey: [{ name: 'assignee', type: 'S' }], sortKey: ['dueAt'] },
    GSI1: { partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
  },
});

@Entity({
  table: T,
  pk: 'ORG#{orgId}',
  sk: 'TASK#{id}',
  indexes: {
    byStatus: { pk: ['orgId', 'status'], sk: ['priority', 'createdAt'] },
    byAssignee: { pk: ['assignee'], sk: ['dueAt'] },
    GSI1: { pk: 'TITLE#{title}', sk: 'TASK#{id}' },
  },
})
class Task {
  // A list in a type is a tuple: written plainly here, it agrees with the `as const`-like options.
  declare [Keys]?: {
    pk: 'ORG#{orgId}';
    sk: 'TASK#{id}';
    indexes: {
      byStatus: { pk: ['orgId', 'status']; sk: ['priority', 'createdAt'] };
      byAssignee: { pk: ['assignee']; sk: ['dueAt'] };
      GSI1: { pk: 'TITLE#{title}'; sk: 'TASK#{id}' };
    };
  };
  @Attribute() orgId!: string;
  @Attribute() id!: string;
  @Attribute() title!: string;
  @Attribute() status?: string;
  @Attribute({ type: 'number' }) priority?: number;
  @Attribute() createdAt!: Date;
  @Attribute() assignee?: string;
  @Attribute() dueAt?: Date;
}

/** The keys as one constant, used by both the decorator and the declaration. */
const ticketKeys = {
  pk: 'ORG#{orgId}',
  sk: 'TICKET#{id}',
  indexes: { byStatus: { pk: ['orgId', 'state'], sk: ['rank', 'openedAt'] } },
} as const;
@Entity({ table: T, ...ticketKeys })
class Ticket {
  declare [Keys]?: typeof ticketKeys;
  @Attribute() orgId!: string;
  @Attribute() id!: string;
  @Attribute({ name: 'status' }) state!: string;
  @Attribute({ name: 'priority', type: 'number' }) rank!: number;
  @Attribute({ name: 'createdAt' }) openedAt!: Date;
}

// @ts-expect-error the declaration lists the partition key properties in another order
@Entity({ table: T, pk: 'A#{id}', sk: 'A', indexes: { byStatus: { pk: ['orgId', 'status'], sk: ['priority', 'createdAt'] } } })
class SwappedList {
  declare [Keys]?: { pk: 'A#{id}'; sk: 'A'; indexes: { byStatus: { pk: ['status', 'orgId']; sk: ['priority', 'createdAt'] } } };
  @Attribute() id!: string;
}

// @ts-expect-error the declaration leaves a sort key property out
@Entity({ table: T, pk: 'B#{id}', sk: 'B', indexes: { byStatus: { pk: ['orgId', 'status'], sk: ['priority', 'createdAt'] } } })
class ShortList {
  declare [Keys]?: { pk: 'B#{id}'; sk: 'B'; indexes: { byStatus: { pk: ['orgId', 'status']; sk: ['priority'] } } };
  @Attribute() id!: string;
}

// @ts-expect-error the declaration gives a template where the decorator gives a list
@Entity({ table: T, pk: 'C#{id}', sk: 'C', indexes: { byAssignee: { pk: ['assignee'], sk: ['dueAt'] } } })
class TemplateForList {
  declare [Keys]?: { pk: 'C#{id}'; sk: 'C'; indexes: { byAssignee: { pk: '{assignee}'; sk: '{dueAt}' } } };
  @Attribute() id!: string;
}
void SwappedList;
void ShortList;
void TemplateForList;

declare const db: Monotable;
declare const tasks: Repository<Task>;
declare const tickets: Repository<Ticket>;
const open = { orgId: 'o1', status: 'open' };

export async function queries() {
  await tasks.query(open, { index: 'byStatus' });
  await tasks.query(open, { index: 'byStatus', where: { priority: 3 } });
  await tasks.query(open, { index: 'byStatus', where: { priority: { between: [1, 5] } }, order: 'desc' });
  await tasks.query(open, { index: 'byStatus', where: { priority: 3, createdAt: { gte: new Date() } } });
  await tasks.query(open, { index: 'byStatus', where: { priority: 3, createdAt: { beginsWith: '2026-11' } } });
  await tasks.count(open, { index: 'byStatus', where: { priority: { lt: 5 } } });
  for await (const task of tasks.iterate({ assignee: 'ada' }, { index: 'byAssignee', where: { dueAt: { lt: new Date() } } })) {
    void task.title;
  }
  await tickets.query({ orgId: 'o1', state: 'open' }, { index: 'byStatus', where: { rank: { gte: 2 } } });
  // Template indexes of the same class keep their own slots.
  await tasks.query({ title: 'x' }, { index: 'GSI1', where: { id: { beginsWith: 't' } } });

  // @ts-expect-error every partition key property is needed
  await tasks.query({ orgId: 'o1' }, { index: 'byStatus' });
  // @ts-expect-error a partition key property of the wrong type
  await tasks.query({ orgId: 'o1', status: 1 }, { index: 'byStatus' });
  // @ts-expect-error the table's partition key is not the index's
  await tasks.query({ orgId: 'o1' }, { index: 'byAssignee' });
  // @ts-expect-error title is not a sort key property of the index
  await tasks.query(open, { index: 'byStatus', where: { title: 'x' } });
  // @ts-expect-error status is a partition key property, not a sort key one
  await tasks.query(open, { index: 'byStatus', where: { status: 'done' } });
  // @ts-expect-error priority is a number
  await tasks.query(open, { index: 'byStatus', where: { priority: '3' } });
  // @ts-expect-error beginsWith works on strings (and dates, stored as text), not numbers
  await tasks.query(open, { index: 'byStatus', where: { priority: { beginsWith: '1' } } });
  // @ts-expect-error a range bound of the wrong type
  await tasks.query(open, { index: 'byStatus', where: { createdAt: { gt: 5 } } });
  // @ts-expect-error the stored name is not the property name
  await tickets.query({ orgId: 'o1', status: 'open' }, { index: 'byStatus' });
}

@Entity({ table: T, pk: 'MEMBER#{id}', sk: 'MEMBER' })
class Member {
  declare [Keys]?: { pk: 'MEMBER#{id}'; sk: 'MEMBER' };
  @Attribute() id!: string;
  @HasMany(() => Task, { index: 'byAssignee', keys: { assignee: 'id' } }) tasks?: Task[];
}

export async function relations(member: Member) {
  await db.relation(member, 'tasks').list({ where: { dueAt: { lt: new Date() } } });
  // @ts-expect-error assignee is the index's partition key property, set by the relation
  await db.relation(member, 'tasks').list({ where: { assignee: 'ada' } });
}
