import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describeEachBackend } from '@monotable/testing';
import { KeyTemplateError, Monotable, increment, remove, type SortKeyWhere } from '../src';
import { Bug, Member, Task, connectBoard } from './fixtures/board-model';

const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 10, day, hour));

/** Tasks of org o1: priority is a number, so 10 sorts after 9 (as text it would not). */
const TASKS = [
  { id: 't1', status: 'open', priority: 10, createdAt: at(1) },
  { id: 't2', status: 'open', priority: 2, createdAt: at(2) },
  { id: 't3', status: 'open', priority: 9, createdAt: at(3) },
  { id: 't4', status: 'open', priority: 10, createdAt: at(2, 8) },
  { id: 't5', status: 'open', priority: 10, createdAt: at(2, 17) },
  { id: 't6', status: 'done', priority: 1, createdAt: at(4) },
  { id: 't7', status: 'open', priority: 30, createdAt: at(5) },
];
/** Index order of the open tasks: priority, then createdAt. */
const OPEN = ['t2', 't3', 't1', 't4', 't5', 't7'];

describeEachBackend('Multi-attribute index keys', (backend) => {
  let db: Monotable;

  beforeAll(async () => {
    db = await connectBoard(backend().client, { cursorSecret: 'secret' });
    const tasks = db.getRepository(Task);
    for (const task of TASKS) {
      await tasks.put({ orgId: 'o1', title: `Task ${task.id}`, ...task });
    }
    await tasks.create({ orgId: 'o2', id: 't8', title: 'Other org', status: 'open', priority: 1 });
    await tasks.create({ orgId: 'o1', id: 't9', title: 'No status yet', priority: 1 });
    // Bugs write the same index attributes (state → status, severity → priority): same partitions.
    const bugs = db.getRepository(Bug);
    for (let i = 0; i < 5; i++) {
      await bugs.create({
        orgId: 'o1',
        id: `b${i}`,
        state: 'open',
        severity: 9,
        reportedAt: at(3, i),
      });
    }
  });

  const open = { orgId: 'o1', status: 'open' };
  const ids = (items: { id: string }[]) => items.map((item) => item.id);

  test('the entity stores only its own attributes: no key attribute is written for the index', async () => {
    const { Item } = await db.documentClient.send(
      new GetCommand({ TableName: db.tableName, Key: { PK: 'ORG#o1', SK: 'TASK#t1' } }),
    );
    expect(Object.keys(Item!).sort()).toEqual(
      [
        'GSI1PK',
        'GSI1SK',
        'PK',
        'SK',
        '_type',
        '_v',
        'createdAt',
        'id',
        'orgId',
        'priority',
        'status',
        'title',
      ].sort(),
    );
    expect(Item!.priority).toBe(10);
  });

  test('a query gives every partition key property and reads the index in typed sort order', async () => {
    const page = await db.getRepository(Task).query(open, { index: 'byStatus' });
    expect(ids(page.items)).toEqual(OPEN);
    expect(page.items.every((item) => item instanceof Task)).toBe(true);
    expect(page.items[0].createdAt).toEqual(at(2));
    const done = await db
      .getRepository(Task)
      .query({ orgId: 'o1', status: 'done' }, { index: 'byStatus' });
    expect(ids(done.items)).toEqual(['t6']);
  });

  const cases: Array<[string, SortKeyWhere<Task, 'byStatus'>, 'asc' | 'desc', string[]]> = [
    ['equality on the first sort key property', { priority: 10 }, 'asc', ['t1', 't4', 't5']],
    ['a range on the first', { priority: { gte: 9 } }, 'asc', ['t3', 't1', 't4', 't5', 't7']],
    ['lt, newest first', { priority: { lt: 10 } }, 'desc', ['t3', 't2']],
    [
      'between, numerically',
      { priority: { between: [2, 10] } },
      'asc',
      ['t2', 't3', 't1', 't4', 't5'],
    ],
    ['equality then a range', { priority: 10, createdAt: { gt: at(1) } }, 'asc', ['t4', 't5']],
    [
      'equality then beginsWith on a date',
      { priority: 10, createdAt: { beginsWith: '2026-11-02' } },
      'asc',
      ['t4', 't5'],
    ],
    ['equality on both', { priority: 10, createdAt: at(2, 17) }, 'asc', ['t5']],
    [
      'equality then between',
      { priority: 10, createdAt: { between: [at(1), at(2, 12)] } },
      'desc',
      ['t4', 't1'],
    ],
  ];
  test.each(cases)('where: %s', async (_, where, order, expected) => {
    const page = await db.getRepository(Task).query(open, { index: 'byStatus', where, order });
    expect(ids(page.items)).toEqual(expected);
    expect(await db.getRepository(Task).count(open, { index: 'byStatus', where })).toBe(
      expected.length,
    );
  });

  test('items of another entity in the same index partition are left out, and limit stays exact', async () => {
    const tasks = db.getRepository(Task);
    const nines = await tasks.query(open, { index: 'byStatus', where: { priority: 9 } });
    expect(ids(nines.items)).toEqual(['t3']);
    const bugs = await db
      .getRepository(Bug)
      .query({ orgId: 'o1', state: 'open' }, { index: 'byStatus' });
    expect(ids(bugs.items)).toEqual(['b0', 'b1', 'b2', 'b3', 'b4']);
    expect(bugs.items.every((item) => item instanceof Bug && item.severity === 9)).toBe(true);
    const first = await tasks.query(open, { index: 'byStatus', limit: 3 });
    expect(ids(first.items)).toEqual(['t2', 't3', 't1']);
  });

  test('limit and cursors walk every page without gaps or repeats, in both orders', async () => {
    const tasks = db.getRepository(Task);
    for (const order of ['asc', 'desc'] as const) {
      for (const limit of [1, 2, 4]) {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await tasks.query(open, { index: 'byStatus', limit, cursor, order });
          expect(page.items.length).toBeLessThanOrEqual(limit);
          seen.push(...ids(page.items));
          cursor = page.cursor;
        } while (cursor);
        expect(seen).toEqual(order === 'asc' ? OPEN : [...OPEN].reverse());
      }
    }
  });

  test('a cursor belongs to its query', async () => {
    const tasks = db.getRepository(Task);
    const page = await tasks.query(open, { index: 'byStatus', limit: 2 });
    await expect(
      tasks.query(open, { index: 'byStatus', where: { priority: 10 }, cursor: page.cursor }),
    ).rejects.toMatchObject({ code: 'INVALID_CURSOR' });
  });

  test('iterate, filter and select work as on any index', async () => {
    const tasks = db.getRepository(Task);
    const iterated: string[] = [];
    for await (const task of tasks.iterate(open, { index: 'byStatus', pageSize: 2 }))
      iterated.push(task.id);
    expect(iterated).toEqual(OPEN);
    const filtered = await tasks.query(open, {
      index: 'byStatus',
      filter: { title: { in: ['Task t4', 'Task t7'] } },
      limit: 1,
    });
    expect(ids(filtered.items)).toEqual(['t4']);
    const selected = await tasks.query(open, {
      index: 'byStatus',
      select: ['title'],
      where: { priority: 30 },
    });
    expect(selected.items).toHaveLength(1);
    expect(selected.items[0].title).toBe('Task t7');
    expect(selected.items[0]).not.toHaveProperty('note');
  });

  test('an index projecting only keys returns the key properties, read back with their types', async () => {
    const tasks = db.getRepository(Task);
    await tasks.create({
      orgId: 'o3',
      id: 'k1',
      title: 'Assigned',
      assignee: 'ada',
      dueAt: at(20),
    });
    await tasks.create({
      orgId: 'o3',
      id: 'k2',
      title: 'Assigned',
      assignee: 'ada',
      dueAt: at(10),
    });
    const page = await tasks.query({ assignee: 'ada' }, { index: 'byAssignee' });
    expect(page.items.map((task) => [task.orgId, task.id, task.dueAt])).toEqual([
      ['o3', 'k2', at(10)],
      ['o3', 'k1', at(20)],
    ]);
    expect(page.items[0].title).toBeUndefined();
  });

  test('sparse: an item is in the index exactly while it has every key attribute', async () => {
    const tasks = db.getRepository(Task);
    const inIndex = async (status: string) =>
      ids((await tasks.query({ orgId: 'o4', status }, { index: 'byStatus' })).items);
    await tasks.create({ orgId: 'o4', id: 's1', title: 'Sparse', priority: 5 });
    expect(await inIndex('open')).toEqual([]);

    await tasks.update({ orgId: 'o4', id: 's1' }, { status: 'open' });
    expect(await inIndex('open')).toEqual(['s1']);

    // Changing a key attribute needs nothing rendered: the item moves in the index.
    await tasks.create({ orgId: 'o4', id: 's2', title: 'Other', status: 'open', priority: 6 });
    await tasks.update({ orgId: 'o4', id: 's1' }, { priority: increment(10) });
    expect(await inIndex('open')).toEqual(['s2', 's1']);

    await tasks.update({ orgId: 'o4', id: 's1' }, { priority: remove() });
    expect(await inIndex('open')).toEqual(['s2']);
    await tasks.update({ orgId: 'o4', id: 's2' }, { priority: null });
    expect(await inIndex('open')).toEqual([]);
    expect((await tasks.getOrFail({ orgId: 'o4', id: 's2' })).priority).toBeUndefined();

    await tasks.update({ orgId: 'o4', id: 's1' }, { priority: 1, status: 'done' });
    expect(await inIndex('done')).toEqual(['s1']);
  });

  test('an empty key value is refused before sending, and nothing is written', async () => {
    const tasks = db.getRepository(Task);
    const created = await tasks
      .create({ orgId: 'o5', id: 'e1', title: 'Empty', status: '', priority: 1 })
      .catch((error) => error);
    expect(created).toBeInstanceOf(KeyTemplateError);
    expect(created.message).toMatch(/Task\.status is an empty string.*index byStatus/);
    expect(await tasks.get({ orgId: 'o5', id: 'e1' })).toBeUndefined();
    await tasks.create({ orgId: 'o5', id: 'e1', title: 'Empty', status: 'open' });
    await expect(tasks.update({ orgId: 'o5', id: 'e1' }, { status: '' })).rejects.toThrow(
      KeyTemplateError,
    );
    expect((await tasks.getOrFail({ orgId: 'o5', id: 'e1' })).status).toBe('open');
  });

  const emptyStatus = { orgId: 'o6', id: 'w1', title: 'Write path', status: '', priority: 1 };
  const writes: Array<[string, (db: Monotable) => Promise<unknown>]> = [
    ['create', (db) => db.getRepository(Task).create(emptyStatus)],
    ['put', (db) => db.getRepository(Task).put(emptyStatus)],
    ['batchPut', (db) => db.getRepository(Task).batchPut([emptyStatus])],
    ['a transaction', (db) => db.transaction((tx) => tx.put(Task, emptyStatus))],
    ['update', (db) => db.getRepository(Task).update({ orgId: 'o6', id: 'w0' }, { status: '' })],
    [
      'an update in a transaction',
      (db) => db.transaction((tx) => tx.update(Task, { orgId: 'o6', id: 'w0' }, { status: '' })),
    ],
  ];
  test.each(writes)(
    '%s refuses an empty key attribute value and writes nothing',
    async (_, write) => {
      const tasks = db.getRepository(Task);
      await tasks.put({ orgId: 'o6', id: 'w0', title: 'Kept', status: 'open', priority: 1 });
      await expect(write(db)).rejects.toThrow(KeyTemplateError);
      expect(await tasks.get({ orgId: 'o6', id: 'w1' })).toBeUndefined();
      expect((await tasks.getOrFail({ orgId: 'o6', id: 'w0' })).status).toBe('open');
    },
  );

  test('a relation reads its children through a multi-attribute index', async () => {
    const members = db.getRepository(Member);
    await members.create({ id: 'ada', name: 'Ada' });
    const member = await members.getOrFail({ id: 'ada' }, { include: ['tasks'] });
    expect(member.tasks!.map((task) => task.id)).toEqual(['k2', 'k1']);
    const due = await db.relation(member, 'tasks').list({ where: { dueAt: { gt: at(15) } } });
    expect(due.items.map((task) => task.id)).toEqual(['k1']);
  });
});
