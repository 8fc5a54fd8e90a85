import { Attribute, Entity, Ttl } from '../decorators';
import { ConfigurationError } from '../errors';
import { Table, type IndexDefinition } from '../table';
import { indexKeyTypes } from './index-key-types';
import type { AttributeOptions, EntityOptions } from './options';
import { validateEntities } from './validate-entities';

const BoardTable = new Table({
  name: 'board',
  partitionKey: 'PK',
  sortKey: 'SK',
  indexes: {
    byStatus: { partitionKey: ['orgId', 'status'], sortKey: ['priority', 'createdAt'] },
    byOrg: { partitionKey: ['orgId'] },
    GSI1: { partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
  },
});

/** Attributes of a task: strings unless told otherwise. */
const TASK: Record<string, AttributeOptions> = {
  id: {},
  orgId: {},
  status: {},
  priority: { type: 'number' },
  createdAt: { type: 'date' },
};
const BY_STATUS = { pk: ['orgId', 'status'], sk: ['priority', 'createdAt'] };

function entity(
  className: string,
  options: Partial<EntityOptions>,
  attributes: Record<string, AttributeOptions> = TASK,
  table = BoardTable,
): Function {
  const target = { [className]: class {} }[className];
  for (const [property, attribute] of Object.entries(attributes)) {
    Attribute({ type: 'string', ...attribute })(target.prototype, property);
  }
  Entity({ table, pk: `${className.toUpperCase()}#{id}`, sk: 'X', ...options })(target);
  return target;
}

const problemsOf = (entities: Function[], table = BoardTable) => {
  try {
    validateEntities(entities, table);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  return '';
};

describe('multi-attribute index keys at startup', () => {
  it('accepts entities sharing an index, under other property names too', () => {
    const task = entity('Task', { indexes: { byStatus: BY_STATUS, byOrg: { pk: ['orgId'] } } });
    const bug = entity(
      'Bug',
      { indexes: { byStatus: { pk: ['org', 'state'], sk: ['severity', 'reportedAt'] } } },
      {
        id: {},
        org: { name: 'orgId' },
        state: { name: 'status' },
        severity: { name: 'priority', type: 'number' },
        reportedAt: { name: 'createdAt', type: 'date' },
      },
    );
    expect(problemsOf([task, bug])).toBe('');
    expect(indexKeyTypes(BoardTable, validateEntities([task, bug], BoardTable))).toEqual({
      orgId: 'S',
      status: 'S',
      priority: 'N',
      createdAt: 'S',
    });
  });

  it.each<[string, Partial<EntityOptions>, Record<string, AttributeOptions>, string]>([
    [
      'an index the table does not have',
      { indexes: { byNothing: { pk: ['orgId'] } } },
      TASK,
      'A uses index byNothing, which table board does not have (it has byStatus, byOrg, GSI1)',
    ],
    [
      'property lists for an index keyed by templates',
      { indexes: { GSI1: { pk: ['orgId'], sk: ['status'] } } },
      TASK,
      "A index GSI1 lists properties (pk: ['orgId']), but the table's index GSI1 is keyed by GSI1PK, which holds a rendered key template",
    ],
    [
      'templates for a multi-attribute index',
      { indexes: { byStatus: { pk: 'ORG#{orgId}', sk: 'X' } } },
      TASK,
      "A index byStatus has key templates, but the table's index byStatus has a multi-attribute key; list the properties that fill its attributes instead, e.g. { pk: ['orgId', 'status'], sk: ['priority', 'createdAt'] }",
    ],
    [
      'a list for pk and a template for sk',
      { indexes: { byStatus: { pk: ['orgId', 'status'], sk: 'X' } as never } },
      TASK,
      'A index byStatus: pk and sk must both be lists of properties',
    ],
    [
      'fewer properties than the table has attributes',
      { indexes: { byStatus: { pk: ['orgId'], sk: ['priority', 'createdAt'] } } },
      TASK,
      "A index byStatus pk lists 1 property ('orgId'), but the table's index byStatus has 2 partition key attributes ('orgId', 'status'); list one property for each, in that order",
    ],
    [
      'a missing sk',
      { indexes: { byStatus: { pk: ['orgId', 'status'] } } },
      TASK,
      "A index byStatus needs sk: the table's index byStatus has the sort key attributes 'priority', 'createdAt', and items without them are not indexed",
    ],
    [
      'more than 4 properties',
      { indexes: { byOrg: { pk: ['id', 'orgId', 'status', 'priority', 'createdAt'] } } },
      TASK,
      'A index byOrg pk lists 5 properties; a multi-attribute partition key has at most 4',
    ],
    [
      'properties out of the table order',
      { indexes: { byStatus: { pk: ['status', 'orgId'], sk: ['priority', 'createdAt'] } } },
      TASK,
      "A index byStatus pk: A.status is at position 1, where the table's index byStatus has attribute 'orgId'",
    ],
    [
      'a property stored under another name',
      { indexes: { byOrg: { pk: ['org'] } } },
      { id: {}, org: { name: 'organisation' } },
      "A index byOrg pk: A.org, stored as 'organisation', is at position 1, where the table's index byOrg has attribute 'orgId'",
    ],
    [
      'a property that is not an attribute',
      { indexes: { byOrg: { pk: ['orgId'] } } },
      { id: {} },
      'A index byOrg pk: orgId is not an attribute of A; decorate it with @Attribute() or fix the list',
    ],
    [
      'a boolean property',
      { indexes: { byOrg: { pk: ['orgId'] } } },
      { id: {}, orgId: { type: 'boolean' } },
      "A index byOrg pk: A.orgId has type 'boolean'; a multi-attribute index key takes string, number, date or binary attributes (DynamoDB key types S, N, B)",
    ],
    [
      'a property listed twice',
      { indexes: { byStatus: { pk: ['orgId', 'status'], sk: ['orgId', 'createdAt'] } } },
      TASK,
      'A index byStatus lists orgId more than once',
    ],
  ])('refuses %s', (_, options, attributes, expected) => {
    expect(problemsOf([entity('A', options, attributes)])).toContain(expected);
  });

  it.each<[string, IndexDefinition, string]>([
    [
      'more than 4 partition key attributes',
      { partitionKey: ['a', 'b', 'c', 'd', 'e'] },
      'Table t index byX: partitionKey lists 5 attributes; DynamoDB allows at most 4',
    ],
    [
      'more than 4 sort key attributes',
      { partitionKey: ['a'], sortKey: ['b', 'c', 'd', 'e', 'f'] },
      'Table t index byX: sortKey lists 5 attributes; DynamoDB allows at most 4',
    ],
    ['an empty list', { partitionKey: [] }, 'Table t index byX: partitionKey lists no attribute'],
    [
      'a template attribute beside a list',
      { partitionKey: 'GSI9PK', sortKey: ['b'] },
      'Table t index byX: a multi-attribute index lists its partitionKey attributes and, if it has a sort key, its sortKey attributes (both lists)',
    ],
    [
      'a list beside a template attribute',
      { partitionKey: ['a'], sortKey: 'GSI9SK' },
      'Table t index byX: a multi-attribute index lists its partitionKey attributes and, if it has a sort key, its sortKey attributes (both lists)',
    ],
    [
      'a local index',
      { partitionKey: ['a'], sortKey: ['b'], type: 'local' },
      'Table t index byX: a local index cannot have a multi-attribute key; make it global',
    ],
    [
      'an attribute listed twice',
      { partitionKey: ['a', 'b'], sortKey: ['a'] },
      'Table t index byX: attribute a is listed more than once',
    ],
    [
      "the table's own key attribute",
      { partitionKey: ['PK'] },
      "Table t index byX: attribute PK is the table's partition key; a multi-attribute key is made of the entities' own attributes",
    ],
    [
      "a template index's attribute",
      { partitionKey: ['GSI1PK'] },
      'Table t index byX: attribute GSI1PK is the key of index GSI1 (rendered from templates)',
    ],
    [
      'an unknown type',
      { partitionKey: [{ name: 'a', type: 'BOOL' as 'S' }] },
      `Table t index byX: attribute a has type "BOOL"; a key attribute is 'S', 'N' or 'B'`,
    ],
  ])('refuses a table index with %s', (_, definition, expected) => {
    const table = new Table({
      name: 't',
      partitionKey: 'PK',
      sortKey: 'SK',
      indexes: { GSI1: { partitionKey: 'GSI1PK', sortKey: 'GSI1SK' }, byX: definition },
    });
    expect(problemsOf([entity('A', {}, { id: {} }, table)], table)).toContain(expected);
  });

  it('refuses two entities storing one key attribute with different types', () => {
    const task = entity('Task', { indexes: { byStatus: BY_STATUS } });
    const bug = entity(
      'Bug',
      { indexes: { byStatus: { pk: ['orgId', 'status'], sk: ['priority', 'createdAt'] } } },
      { ...TASK, priority: { type: 'string' } },
    );
    expect(problemsOf([task, bug])).toContain(
      'The key attribute priority of index byStatus has one type, but Task.priority is N and Bug.priority is S: DynamoDB would refuse to write one of them',
    );
  });

  it('refuses an entity outside the index storing a key attribute with another type, or one no key can have', () => {
    const task = entity('Task', { indexes: { byStatus: BY_STATUS } });
    const note = entity(
      'Note',
      {},
      { id: {}, priority: { type: 'string' }, status: { type: 'boolean' } },
    );
    const message = problemsOf([task, note]);
    expect(message).toContain('Task.priority is N and Note.priority is S');
    expect(message).toContain(
      "Note.status is stored as 'status', the key attribute status of index byStatus, with type 'boolean', which no key can have",
    );
  });

  it('checks the types the table declares, and a time-to-live date is a number', () => {
    const byExpiry = (orgId: string | { name: string; type: 'N' }) =>
      new Table({
        name: 't',
        partitionKey: 'PK',
        sortKey: 'SK',
        indexes: { byExpiry: { partitionKey: [orgId], sortKey: ['expiresAt'] } },
      });
    const declared = byExpiry({ name: 'orgId', type: 'N' });
    const attributes = { ...TASK, expiresAt: { type: 'date' as const } };
    const keys = { indexes: { byExpiry: { pk: ['orgId'], sk: ['expiresAt'] } } };
    const target = entity('A', keys, attributes, declared);
    Ttl()(target.prototype, 'expiresAt');
    expect(problemsOf([target], declared)).toContain(
      'The key attribute orgId of index byExpiry has one type, but the table declares N and A.orgId is S',
    );
    const inferred = byExpiry('orgId');
    expect(indexKeyTypes(inferred, validateEntities([target], inferred))).toEqual({
      orgId: 'S',
      expiresAt: 'N',
    });
  });

  it('needs a declared type for the table definition when no entity stores the attribute', () => {
    expect(() => indexKeyTypes(BoardTable, [])).toThrow(
      "The type of key attribute orgId (index byStatus), status (index byStatus), priority (index byStatus), createdAt (index byStatus), orgId (index byOrg) is unknown: no entity of this connection stores them. Declare it in the table's index, e.g. { name: 'orgId', type: 'S' } (S, N or B)",
    );
  });
});
