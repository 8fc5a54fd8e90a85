/**
 * Offline tests of multi-attribute index keys: the exact requests calls produce (captured by
 * `db.explain` without sending), and the queries refused before anything is sent.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KeyTemplateError, Monotable, ValidationError, increment, remove } from '../src';
import { BoardTable, Bug, Member, Task, boardEntities } from './fixtures/board-model';

const db = new Monotable({
  client: new DynamoDBClient({ region: 'local', endpoint: 'http://127.0.0.1:9' }),
  table: BoardTable,
  entities: boardEntities,
});
const tasks = db.getRepository(Task);
const open = { orgId: 'o1', status: 'open' };
const at = new Date('2026-11-02T09:00:00Z');

describe('multi-attribute index keys: requests', () => {
  test('tableDefinition: the index KeySchema lists every attribute, typed from the entities', () => {
    const definition = db.tableDefinition();
    const byStatus = definition.GlobalSecondaryIndexes!.find((i) => i.IndexName === 'byStatus');
    expect(byStatus!.KeySchema).toEqual([
      { AttributeName: 'orgId', KeyType: 'HASH' },
      { AttributeName: 'status', KeyType: 'HASH' },
      { AttributeName: 'priority', KeyType: 'RANGE' },
      { AttributeName: 'createdAt', KeyType: 'RANGE' },
    ]);
    expect(definition.AttributeDefinitions).toEqual([
      { AttributeName: 'PK', AttributeType: 'S' },
      { AttributeName: 'SK', AttributeType: 'S' },
      { AttributeName: 'orgId', AttributeType: 'S' },
      { AttributeName: 'status', AttributeType: 'S' },
      { AttributeName: 'priority', AttributeType: 'N' },
      { AttributeName: 'createdAt', AttributeType: 'S' },
      { AttributeName: 'assignee', AttributeType: 'S' },
      { AttributeName: 'dueAt', AttributeType: 'S' },
      { AttributeName: 'GSI1PK', AttributeType: 'S' },
      { AttributeName: 'GSI1SK', AttributeType: 'S' },
    ]);
  });

  test('a query: equality on every partition key attribute and the leading sort key ones, one range last', async () => {
    const request = await db.explain(() =>
      tasks.query(open, { index: 'byStatus', where: { priority: 3, createdAt: { gte: at } } }),
    );
    expect(request.params).toEqual({
      TableName: 'board',
      IndexName: 'byStatus',
      KeyConditionExpression: '#n0 = :v0 AND #n1 = :v1 AND #n2 = :v2 AND #n3 >= :v3',
      FilterExpression: '#n4 = :v4',
      ExpressionAttributeNames: {
        '#n0': 'orgId',
        '#n1': 'status',
        '#n2': 'priority',
        '#n3': 'createdAt',
        '#n4': '_type',
      },
      ExpressionAttributeValues: {
        ':v0': 'o1',
        ':v1': 'open',
        ':v2': 3,
        ':v3': '2026-11-02T09:00:00.000Z',
        ':v4': 'Task',
      },
    });
  });

  test('stored attribute names are used for properties stored under another name', async () => {
    const request = await db.explain(() =>
      db
        .getRepository(Bug)
        .query(
          { orgId: 'o1', state: 'open' },
          { index: 'byStatus', where: { severity: { between: [1, 5] } } },
        ),
    );
    expect(request.params.KeyConditionExpression).toBe(
      '#n0 = :v0 AND #n1 = :v1 AND #n2 BETWEEN :v2 AND :v3',
    );
    expect(Object.values(request.params.ExpressionAttributeNames)).toEqual([
      'orgId',
      'status',
      'priority',
      '_type',
    ]);
  });

  test.each<[string, object, object, RegExp]>([
    [
      'a missing partition key property',
      { orgId: 'o1' },
      {},
      /A query on Task in index byStatus \(pk orgId, status; sk priority, createdAt\): the partition needs status/,
    ],
    ['an empty partition value', { orgId: 'o1', status: '' }, {}, /status is empty/],
    [
      'a skipped sort key property',
      open,
      { createdAt: { gt: at } },
      /a condition on createdAt needs an equality value for priority too/,
    ],
    [
      'a range before another condition',
      open,
      { priority: { gt: 1 }, createdAt: { gt: at } },
      /priority has 'gt' but a later sort key property is also given/,
    ],
    [
      'a property that is not in the sort key',
      open,
      { title: 'x' },
      /where takes priority and createdAt, not 'title' — put other conditions in filter/,
    ],
    [
      'beginsWith on a number',
      open,
      { priority: { beginsWith: '1' } },
      /beginsWith works on string and binary attributes, and priority is a number/,
    ],
    [
      'an inverted between',
      open,
      { priority: { between: [9, 2] } },
      /between on priority needs \[low, high\], got \[9, 2\]/,
    ],
    [
      'two operators at once',
      open,
      { priority: { gt: 1, lt: 9 } },
      /priority needs exactly one operator/,
    ],
    ['an operator sort keys do not have', open, { priority: { ne: 1 } }, /priority uses 'ne'/],
  ])('refuses %s before sending anything', async (_, partition, where, message) => {
    const error = await db
      .explainAll(() =>
        tasks.query(partition as never, { index: 'byStatus', where: where as never }),
      )
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(KeyTemplateError);
    expect(error.message).toMatch(message);
  });

  test('a value of the wrong type is a ValidationError', async () => {
    const error = await db
      .explain(() => tasks.query(open, { index: 'byStatus', where: { priority: '3' as never } }))
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(ValidationError);
  });

  test('create writes the entity attributes as they are; null leaves a key attribute out', async () => {
    const request = await db.explain(() =>
      tasks.put({
        orgId: 'o1',
        id: 't1',
        title: 'T',
        status: 'open',
        priority: null,
        createdAt: at,
      }),
    );
    expect(request.params.Item).toEqual({
      PK: 'ORG#o1',
      SK: 'TASK#t1',
      GSI1PK: 'TITLE#T',
      GSI1SK: 'TASK#t1',
      orgId: 'o1',
      id: 't1',
      title: 'T',
      status: 'open',
      createdAt: '2026-11-02T09:00:00.000Z',
      _type: 'Task',
      _v: 1,
    });
  });

  test.each<[string, object, string]>([
    ['a plain value is SET, nothing rendered', { status: 'done' }, 'SET #n0 = :v0'],
    [
      'an operator is allowed on a key attribute',
      { priority: increment(2) },
      'SET #n0 = if_not_exists(#n0, :v0) + :v1',
    ],
    ['remove() leaves the index', { priority: remove() }, 'REMOVE #n0'],
    [
      'null leaves the index too (DynamoDB refuses NULL in a key)',
      { priority: null },
      'REMOVE #n0',
    ],
  ])('update: %s', async (_, changes, expression) => {
    const request = await db.explain(() =>
      tasks.update({ orgId: 'o1', id: 't1' }, changes as never),
    );
    expect(request.params.UpdateExpression).toBe(expression);
  });

  test('a key attribute over the size limit is refused before sending', async () => {
    const error = await db
      .explain(() =>
        tasks.put({
          orgId: 'o'.repeat(1500),
          id: 't',
          title: 'T',
          status: 's'.repeat(600),
          priority: 1,
        }),
      )
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(KeyTemplateError);
    expect(error.message).toBe(
      "The partition key attributes orgId and status of Task in index byStatus are 2100 bytes together; DynamoDB's limit for a partition key is 2048 bytes",
    );
  });

  test('a relation through the index queries with the owner values', async () => {
    const member = Object.assign(new Member(), { id: 'ada', name: 'Ada' });
    const request = await db.explain(() =>
      db.relation(member, 'tasks').list({ where: { dueAt: { lt: at } } }),
    );
    expect(request.params).toMatchObject({
      IndexName: 'byAssignee',
      KeyConditionExpression: '#n0 = :v0 AND #n1 < :v1',
      ExpressionAttributeValues: { ':v0': 'ada', ':v1': '2026-11-02T09:00:00.000Z' },
    });
  });
});
