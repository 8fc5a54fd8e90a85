import { Attribute, Entity } from '../decorators';
import { ConfigurationError } from '../errors';
import { Table } from '../table';
import type { AttributeOptions, EntityOptions } from './options';
import { validateEntities } from './validate-entities';

const AppTable = new Table({
  name: 'app',
  partitionKey: 'PK',
  sortKey: 'SK',
  indexes: {
    GSI1: { partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
    GSI2: { partitionKey: 'GSI2PK' },
    INVERTED: { partitionKey: 'SK', sortKey: 'PK' },
    LSI1: { partitionKey: 'PK', sortKey: 'LSI1SK', type: 'local' },
  },
});

/** An entity class named `className` with string attributes unless told otherwise. */
function entity(
  className: string,
  options: Partial<EntityOptions>,
  attributes: Record<string, AttributeOptions> = {},
): Function {
  const target = { [className]: class {} }[className];
  for (const [property, attribute] of Object.entries(attributes)) {
    Attribute({ type: 'string', ...attribute })(target.prototype, property);
  }
  Entity({ table: AppTable, pk: 'X', sk: 'X', ...options })(target);
  return target;
}

const problemsOf = (entities: Function[], table = AppTable) => {
  try {
    validateEntities(entities, table);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  return '';
};

describe('validateEntities', () => {
  it('accepts a realistic single-table model', () => {
    const model = [
      entity(
        'Customer',
        {
          pk: 'CUSTOMER#{id}',
          sk: 'PROFILE',
          indexes: { GSI1: { pk: 'EMAIL#{email}', sk: 'CUSTOMER' } },
        },
        { id: {}, email: {} },
      ),
      entity(
        'Address',
        { pk: 'CUSTOMER#{customerId}', sk: 'ADDRESS#{id}' },
        { customerId: {}, id: {} },
      ),
      entity(
        'Order',
        {
          pk: 'CUSTOMER#{customerId}',
          sk: 'ORDER#{placedAt}#{id}',
          indexes: { GSI1: { pk: 'ORDER#{id}', sk: 'ORDER' }, GSI2: { pk: 'STATUS#{status}' } },
        },
        { customerId: {}, placedAt: { type: 'date' }, id: {}, status: {} },
      ),
      entity(
        'OrderLine',
        {
          pk: 'ORDER#{orderId}',
          sk: 'PRODUCT#{sku}',
          indexes: { INVERTED: { pk: 'PRODUCT#{sku}', sk: 'ORDER#{orderId}' } },
        },
        { orderId: {}, sku: {} },
      ),
      entity(
        'Product',
        {
          pk: 'PRODUCT#{sku}',
          sk: 'PRODUCT',
          indexes: { INVERTED: { pk: 'PRODUCT', sk: 'PRODUCT#{sku}' } },
        },
        { sku: {} },
      ),
      entity(
        'Invoice',
        {
          pk: 'CUSTOMER#{customerId}',
          sk: 'INVOICE#{number}',
          indexes: { LSI1: { pk: 'CUSTOMER#{customerId}', sk: 'DUE#{due}' } },
        },
        { customerId: {}, number: { type: 'number', padding: 8 }, due: { type: 'date' } },
      ),
    ];
    const metadata = validateEntities(model, AppTable);
    expect(metadata.map((m) => m.name)).toEqual([
      'Customer',
      'Address',
      'Order',
      'OrderLine',
      'Product',
      'Invoice',
    ]);
  });

  it('tells literal segments from typed slots', () => {
    // A number or date slot can never render 'PROFILE', so these cannot collide.
    const model = [
      entity('Ticket', { pk: 'T#{id}', sk: 'PROFILE' }, { id: {} }),
      entity(
        'TicketRevision',
        { pk: 'T#{id}', sk: '{revision}' },
        { id: {}, revision: { type: 'number' } },
      ),
      entity('TicketEvent', { pk: 'T#{id}', sk: '{at}' }, { id: {}, at: { type: 'date' } }),
    ];
    expect(problemsOf(model)).toBe('');
  });

  it('refuses two entities that can render the same primary key', () => {
    const model = [
      entity('User', { pk: 'USER#{id}', sk: 'PROFILE' }, { id: {} }),
      entity('Admin', { pk: 'USER#{email}', sk: 'PROFILE' }, { email: {} }),
    ];
    expect(problemsOf(model)).toBe(
      "User (pk 'USER#{id}', sk 'PROFILE') and Admin (pk 'USER#{email}', sk 'PROFILE') can produce the same " +
        'primary key, so one would overwrite the other; give them different literal text (e.g. a distinct prefix)',
    );
  });

  it("refuses a slot that could hold another entity's literal", () => {
    const model = [
      entity('Profile', { pk: 'C#{id}', sk: 'PROFILE' }, { id: {} }),
      entity('Anything', { pk: 'C#{id}', sk: '{kind}' }, { id: {}, kind: {} }),
    ];
    expect(problemsOf(model)).toMatch(
      /Profile .* and Anything .* can produce the same primary key/,
    );
  });

  it('refuses two entities that can render the same index keys', () => {
    const model = [
      entity(
        'Customer',
        { pk: 'CUSTOMER#{id}', sk: 'PROFILE', indexes: { GSI1: { pk: 'EMAIL#{email}', sk: 'X' } } },
        { id: {}, email: {} },
      ),
      entity(
        'Lead',
        { pk: 'LEAD#{id}', sk: 'PROFILE', indexes: { GSI1: { pk: 'EMAIL#{address}', sk: 'X' } } },
        { id: {}, address: {} },
      ),
    ];
    expect(problemsOf(model)).toBe(
      "Customer (pk 'EMAIL#{email}', sk 'X') and Lead (pk 'EMAIL#{address}', sk 'X') can produce the same keys " +
        'in index GSI1, so a query on one would read the other; give them different literal text',
    );
  });

  it('refuses two entities with the same name', () => {
    const model = [
      entity('A', { name: 'Thing', pk: 'A#{id}' }, { id: {} }),
      entity('B', { name: 'Thing', pk: 'B#{id}' }, { id: {} }),
    ];
    expect(problemsOf(model)).toBe(
      "A and B are both named 'Thing' (the value of _type); give one of them another @Entity({ name })",
    );
  });

  it.each([
    [
      'a slot that is not an attribute',
      { pk: 'A#{idd}' },
      {},
      "A pk 'A#{idd}': {idd} is not an attribute of A; decorate it with @Attribute() or fix the template",
    ],
    [
      'an index the table does not have',
      { pk: 'A#{id}', indexes: { GSI9: { pk: 'X', sk: 'Y' } } },
      { id: {} },
      'A uses index GSI9, which table app does not have (it has GSI1, GSI2, INVERTED, LSI1)',
    ],
    [
      'an index sk where the table index has no sort key',
      { pk: 'A#{id}', indexes: { GSI2: { pk: 'X', sk: 'Y' } } },
      { id: {} },
      "A index GSI2 has sk 'Y' but the table's index GSI2 has no sort key; remove it",
    ],
    [
      'a missing index sk where the table index has one',
      { pk: 'A#{id}', indexes: { GSI1: { pk: 'X' } } },
      { id: {} },
      "A index GSI1 needs an sk template: the table's index GSI1 has sort key GSI1SK, and items without it are not indexed",
    ],
    [
      'a missing sk on a table with a sort key',
      { pk: 'A#{id}', sk: undefined },
      { id: {} },
      'A needs an sk template: table app has sort key SK',
    ],
    [
      'a malformed template',
      { pk: 'A#{id' },
      { id: {} },
      "A pk: Key template 'A#{id': '{' at position 2 is never closed",
    ],
    [
      'a key slot of a non-scalar type',
      { pk: 'A#{tags}' },
      { tags: { type: 'list' } },
      "A pk 'A#{tags}': A.tags has type 'list'; key slots take string, number, boolean or date attributes",
    ],
    [
      'two properties stored under one name',
      { pk: 'A#{id}' },
      { id: {}, a: { name: 'n' }, b: { name: 'n' } },
      "A.b and A.a are both stored as attribute 'n'; give one of them another @Attribute({ name })",
    ],
    [
      'an attribute named like a key attribute',
      { pk: 'A#{id}' },
      { id: {}, sk: { name: 'SK' } },
      "A.sk is stored as 'SK', which table app uses for the sort key; rename it with @Attribute({ name })",
    ],
    [
      'an attribute named like an index key',
      { pk: 'A#{id}' },
      { id: {}, g: { name: 'GSI1PK' } },
      "A.g is stored as 'GSI1PK', which table app uses for a key of index GSI1; rename it with @Attribute({ name })",
    ],
    [
      'an attribute named like the discriminator',
      { pk: 'A#{id}' },
      { id: {}, type: { name: '_type' } },
      "A.type is stored as '_type', which table app uses for the entity type (discriminator); rename it with @Attribute({ name })",
    ],
    [
      'padding on a string',
      { pk: 'A#{id}' },
      { id: { padding: 4 } },
      "A.id: padding only applies to number attributes, but the type is 'string'",
    ],
    [
      'an inverted index whose templates differ from the primary key',
      { pk: 'A#{id}', sk: 'A', indexes: { INVERTED: { pk: 'B', sk: 'A#{id}' } } },
      { id: {} },
      "A index INVERTED pk 'B' and sk 'A' both write attribute SK; they must be the same template",
    ],
    [
      'an LSI with another partition key template',
      { pk: 'A#{id}', indexes: { LSI1: { pk: 'B#{id}', sk: 'S' } } },
      { id: {} },
      "A index LSI1 pk 'B#{id}' and pk 'A#{id}' both write attribute PK; they must be the same template",
    ],
    [
      'a bad schema version',
      { pk: 'A#{id}', version: 0 },
      { id: {} },
      'A: @Entity({ version }) must be a positive integer, got 0',
    ],
    [
      'a migration beyond the version',
      { pk: 'A#{id}', version: 2, migrations: { 3: (x: unknown) => x } },
      { id: {} },
      'A: migration 3 is outside 2..2; a migration upgrades items to its version',
    ],
  ] as const)('refuses %s', (_case, options, attributes, message) => {
    expect(
      problemsOf([
        entity(
          'A',
          options as Partial<EntityOptions>,
          attributes as Record<string, AttributeOptions>,
        ),
      ]),
    ).toBe(message);
  });

  it('refuses an sk on a table without a sort key', () => {
    const Flat = new Table({ name: 'flat', partitionKey: 'PK' });
    expect(
      problemsOf([entity('A', { table: Flat, pk: 'A#{id}', sk: 'A' }, { id: {} })], Flat),
    ).toBe("A has sk 'A' but table flat has no sort key; remove sk");
  });

  it('refuses an entity declared on another table', () => {
    const Other = new Table({ name: 'other', partitionKey: 'PK', sortKey: 'SK' });
    expect(problemsOf([entity('A', { table: Other, pk: 'A#{id}' }, { id: {} })])).toBe(
      'A is declared on table other, but the connection uses table app',
    );
  });

  it('lists every problem of every entity in one error, not only the first of each', () => {
    const gadget = entity(
      'Gadget',
      { pk: 'THING#{idd}', sk: 'THING', indexes: { GSI9: { pk: 'G', sk: 'G' } } },
      { id: {}, weight: { type: 'nope' as never }, code: { name: '', padding: 3 } },
    );
    const widget = entity(
      'Widget',
      {
        pk: 'THING#{id}',
        sk: 'THING',
        indexes: { GSI1: { pk: 'W#{id', sk: 'W' }, GSI2: { pk: 'W', sk: 'W' } },
      },
      { id: {}, kind: { name: '_type' } },
    );
    expect(problemsOf([gadget, widget])).toBe(
      '9 problems in the entities of table app:\n' +
        // Gadget: a type that does not exist, a bad name and padding on the same property, a
        // slot that is not an attribute, an index the table does not have
        "- Gadget.weight: type 'nope' is not one of string, number, boolean, date, map, list, set, binary, any\n" +
        '- Gadget.code: @Attribute({ name }) must be a non-empty string\n' +
        "- Gadget.code: padding only applies to number attributes, but the type is 'string'\n" +
        "- Gadget pk 'THING#{idd}': {idd} is not an attribute of Gadget; decorate it with @Attribute() or fix the template\n" +
        '- Gadget uses index GSI9, which table app does not have (it has GSI1, GSI2, INVERTED, LSI1)\n' +
        // Widget: a malformed index template, an index sk the table index lacks, a reserved name
        "- Widget index GSI1 pk: Key template 'W#{id': '{' at position 2 is never closed\n" +
        "- Widget index GSI2 has sk 'W' but the table's index GSI2 has no sort key; remove it\n" +
        "- Widget.kind is stored as '_type', which table app uses for the entity type (discriminator); rename it with @Attribute({ name })\n" +
        // and between them: their primary keys can collide
        "- Gadget (pk 'THING#{idd}', sk 'THING') and Widget (pk 'THING#{id}', sk 'THING') can produce the same primary key, " +
        'so one would overwrite the other; give them different literal text (e.g. a distinct prefix)',
    );
  });

  it('lists every bad slot name of a template', () => {
    expect(problemsOf([entity('A', { pk: 'A#{first-bad}#{ok}#{second bad}' }, { ok: {} })])).toBe(
      '2 problems in the entities of table app:\n' +
        "- A pk: Key template 'A#{first-bad}#{ok}#{second bad}': {first-bad} is not a property name\n" +
        "- A pk: Key template 'A#{first-bad}#{ok}#{second bad}': {second bad} is not a property name",
    );
  });

  it('lists a collision in the primary key and in each index of the same pair', () => {
    const model = [
      entity(
        'User',
        { pk: 'USER#{id}', sk: 'PROFILE', indexes: { GSI1: { pk: 'EMAIL#{email}', sk: 'U' } } },
        { id: {}, email: {} },
      ),
      entity(
        'Admin',
        { pk: 'USER#{login}', sk: 'PROFILE', indexes: { GSI1: { pk: 'EMAIL#{mail}', sk: 'U' } } },
        { login: {}, mail: {} },
      ),
    ];
    const message = problemsOf(model);
    expect(message).toMatch(/^2 problems in the entities of table app:/);
    expect(message).toContain('can produce the same primary key');
    expect(message).toContain('can produce the same keys in index GSI1');
  });

  it('lists every problem of one property, and of an embedded class once', () => {
    const Part = { Part: class {} }.Part;
    Attribute({ type: 'nope' as never })(Part.prototype, 'size');
    const withPart = (className: string, prefix: string) => {
      const target = entity(className, { pk: `${prefix}#{id}`, sk: prefix }, { id: {} });
      Reflect.defineMetadata('design:type', Part, target.prototype, 'part');
      Attribute({ type: 'map' })(target.prototype, 'part');
      Attribute({ type: 'nope' as never, name: '' })(target.prototype, 'broken');
      return target;
    };
    const message = problemsOf([withPart('Left', 'L'), withPart('Right', 'R')]);
    expect(message.split('\n')).toEqual([
      '5 problems in the entities of table app:',
      '- Left.broken: @Attribute({ name }) must be a non-empty string',
      "- Left.broken: type 'nope' is not one of string, number, boolean, date, map, list, set, binary, any",
      "- Part.size: type 'nope' is not one of string, number, boolean, date, map, list, set, binary, any",
      '- Right.broken: @Attribute({ name }) must be a non-empty string',
      "- Right.broken: type 'nope' is not one of string, number, boolean, date, map, list, set, binary, any",
    ]);
  });

  it('refuses classes that are not entities, and lists every problem at once', () => {
    class Plain {}
    const message = problemsOf([
      Plain,
      entity('A', { pk: 'A#{idd}' }, {}),
      undefined as unknown as Function,
    ]);
    expect(message).toBe(
      '3 problems in the entities of table app:\n' +
        '- Plain is not an entity: decorate it with @Entity\n' +
        "- A pk 'A#{idd}': {idd} is not an attribute of A; decorate it with @Attribute() or fix the template\n" +
        '- undefined is not an entity class (a circular import?)',
    );
  });
});
