import { Attribute, Entity } from '../decorators';
import { KeyTemplateError } from '../errors';
import { getEntityMetadata } from '../metadata/metadata-registry';
import { Table } from '../table';
import { REMOVED, computeIndexKeyChanges } from './compute-index-key-changes';
import { buildPrimaryKey, computeItemKeys } from './compute-item-keys';

const AppTable = new Table({
  name: 'app',
  partitionKey: 'PK',
  sortKey: 'SK',
  indexes: {
    GSI1: { partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
    GSI2: { partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
    INVERTED: { partitionKey: 'SK', sortKey: 'PK' },
    LSI1: { partitionKey: 'PK', sortKey: 'LSI1SK', type: 'local' },
  },
});

@Entity({
  table: AppTable,
  pk: 'CUSTOMER#{id}',
  sk: 'PROFILE',
  indexes: {
    GSI1: { pk: 'EMAIL#{email}', sk: 'NAME#{name}' },
    GSI2: { pk: 'CUSTOMERS', sk: 'CUSTOMER#{id}' },
  },
})
class Customer {
  @Attribute() id!: string;
  @Attribute() email?: string;
  @Attribute() name?: string;
}

@Entity({
  table: AppTable,
  pk: 'CUSTOMER#{customerId}',
  sk: 'ORDER#{placedAt}#{id}',
  indexes: {
    GSI1: { pk: 'STATUS#{status}', sk: 'ORDER#{id}' },
    INVERTED: { pk: 'ORDER#{placedAt}#{id}', sk: 'CUSTOMER#{customerId}' },
    LSI1: { pk: 'CUSTOMER#{customerId}', sk: 'TOTAL#{total}' },
  },
})
class Order {
  @Attribute() customerId!: string;
  @Attribute() placedAt!: Date;
  @Attribute() id!: string;
  @Attribute() status?: string;
  @Attribute({ padding: 6 }) total?: number;
}

const customer = () => getEntityMetadata(Customer);
const order = () => getEntityMetadata(Order);
const placedAt = new Date('2026-11-03T10:00:00.000Z');

describe('buildPrimaryKey', () => {
  it('renders the table keys from the key properties', () => {
    expect(
      buildPrimaryKey(order(), { customerId: 'c1', placedAt, id: 'o1', status: 'ignored' }),
    ).toEqual({
      PK: 'CUSTOMER#c1',
      SK: 'ORDER#2026-11-03T10:00:00.000Z#o1',
    });
    expect(buildPrimaryKey(customer(), { id: 'c1' })).toEqual({ PK: 'CUSTOMER#c1', SK: 'PROFILE' });
  });

  it('names a missing key property', () => {
    expect(() => buildPrimaryKey(order(), { customerId: 'c1', id: 'o1' })).toThrow(
      "Order.placedAt is missing; the key needs it (key template 'ORDER#{placedAt}#{id}')",
    );
  });
});

describe('computeItemKeys', () => {
  it('renders the primary key and every index key', () => {
    expect(computeItemKeys(customer(), { id: 'c1', email: 'a@b.c', name: 'Ann' })).toEqual({
      PK: 'CUSTOMER#c1',
      SK: 'PROFILE',
      GSI1PK: 'EMAIL#a@b.c',
      GSI1SK: 'NAME#Ann',
      GSI2PK: 'CUSTOMERS',
      GSI2SK: 'CUSTOMER#c1',
    });
  });

  it('leaves an item out of a sparse index when none of its own slots are given', () => {
    expect(computeItemKeys(customer(), { id: 'c1' })).toEqual({
      PK: 'CUSTOMER#c1',
      SK: 'PROFILE',
      GSI2PK: 'CUSTOMERS',
      GSI2SK: 'CUSTOMER#c1',
    });
    // GSI1 of Order also uses the primary key slot id, which is always there.
    expect(computeItemKeys(order(), { customerId: 'c1', placedAt, id: 'o1' })).toEqual({
      PK: 'CUSTOMER#c1',
      SK: 'ORDER#2026-11-03T10:00:00.000Z#o1',
    });
  });

  it('refuses a half-built index key', () => {
    expect(() => computeItemKeys(customer(), { id: 'c1', email: 'a@b.c' })).toThrow(
      KeyTemplateError,
    );
    expect(() => computeItemKeys(customer(), { id: 'c1', email: 'a@b.c' })).toThrow(
      'index GSI1 of Customer needs email and name; name is missing',
    );
  });

  it('writes the sort key of a local index, and never rewrites the table keys an index shares', () => {
    expect(
      computeItemKeys(order(), { customerId: 'c1', placedAt, id: 'o1', status: 'open', total: 42 }),
    ).toEqual({
      PK: 'CUSTOMER#c1',
      SK: 'ORDER#2026-11-03T10:00:00.000Z#o1',
      GSI1PK: 'STATUS#open',
      GSI1SK: 'ORDER#o1',
      LSI1SK: 'TOTAL#000042',
    });
  });
});

describe('computeIndexKeyChanges', () => {
  const key = { id: 'c1' };

  it('leaves indexes alone when none of their slots change', () => {
    expect(computeIndexKeyChanges(customer(), key, { other: 1 })).toEqual({ set: {}, remove: [] });
  });

  it('recomputes an index key when all of its slots are known', () => {
    expect(computeIndexKeyChanges(customer(), key, { email: 'n@b.c', name: 'Ann' })).toEqual({
      set: { GSI1PK: 'EMAIL#n@b.c', GSI1SK: 'NAME#Ann' },
      remove: [],
    });
    expect(
      computeIndexKeyChanges(customer(), { id: 'c1', name: 'Ann' }, { email: 'n@b.c' }).set,
    ).toEqual({
      GSI1PK: 'EMAIL#n@b.c',
      GSI1SK: 'NAME#Ann',
    });
    const orderKey = { customerId: 'c1', placedAt, id: 'o1' };
    expect(computeIndexKeyChanges(order(), orderKey, { status: 'paid', total: 7 })).toEqual({
      set: { GSI1PK: 'STATUS#paid', GSI1SK: 'ORDER#o1', LSI1SK: 'TOTAL#000007' },
      remove: [],
    });
  });

  it('removes the index keys when a slot is removed', () => {
    expect(computeIndexKeyChanges(customer(), key, { email: REMOVED })).toEqual({
      set: {},
      remove: ['GSI1PK', 'GSI1SK'],
    });
    expect(computeIndexKeyChanges(customer(), key, { name: null, email: 'x' })).toEqual({
      set: {},
      remove: ['GSI1PK', 'GSI1SK'],
    });
  });

  it('refuses to leave an index key half-built', () => {
    expect(() => computeIndexKeyChanges(customer(), key, { email: 'n@b.c' })).toThrow(
      "Updating Customer.email changes index GSI1 ('EMAIL#{email}' / 'NAME#{name}'), but name is not known: " +
        'the update would leave the index key half-built. Pass name in the changes too',
    );
  });

  it('refuses to change the primary key', () => {
    expect(() =>
      computeIndexKeyChanges(
        order(),
        { customerId: 'c1', placedAt, id: 'o1' },
        { placedAt: new Date() },
      ),
    ).toThrow(
      "Order.placedAt is part of the primary key ('ORDER#{placedAt}#{id}'); primary keys are immutable: " +
        'delete the item and create it again with the new value',
    );
    expect(() => computeIndexKeyChanges(customer(), key, { id: REMOVED })).toThrow(
      KeyTemplateError,
    );
  });

  it('accepts the unchanged primary key values among the changes', () => {
    const orderKey = { customerId: 'c1', placedAt, id: 'o1' };
    expect(
      computeIndexKeyChanges(order(), orderKey, {
        ...orderKey,
        placedAt: new Date(placedAt),
        status: 'x',
      }).set,
    ).toEqual({
      GSI1PK: 'STATUS#x',
      GSI1SK: 'ORDER#o1',
    });
  });

  it('refuses a new value that cannot be a key', () => {
    expect(() =>
      computeIndexKeyChanges(customer(), { id: 'c1', name: 'A' }, { email: 'a#b' }),
    ).toThrow(/contains the key separator/);
  });
});
