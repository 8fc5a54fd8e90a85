import { Attribute, CreatedAt, Entity, Ttl, Version } from '../decorators';
import { ValidationError } from '../errors';
import { getEntityMetadata } from '../metadata/metadata-registry';
import { Table } from '../table';
import { fromItem } from './from-item';
import { toItem, toStoredAttributes } from './to-item';
import { toStoredValue } from './to-stored-value';

const AppTable = new Table({
  name: 'app',
  partitionKey: 'PK',
  sortKey: 'SK',
  indexes: { GSI1: { partitionKey: 'GSI1PK', sortKey: 'GSI1SK' } },
  entityTypeAttribute: 'kind',
  schemaVersionAttribute: 'schema',
});

class Geo {
  @Attribute() lat!: number;
  @Attribute() lng!: number;
}

class Address {
  @Attribute() city!: string;
  @Attribute({ name: 'since' }) movedIn?: Date;
  @Attribute() geo?: Geo;
  label(): string {
    return `in ${this.city}`;
  }
}

class Preferences {
  theme!: string;
  digest?: boolean;
}

@Entity({
  table: AppTable,
  name: 'Customer',
  pk: 'CUSTOMER#{id}',
  sk: 'PROFILE',
  indexes: { GSI1: { pk: 'EMAIL#{email}', sk: 'CUSTOMER' } },
  version: 3,
})
class Customer {
  @Attribute() id!: string;
  @Attribute() email?: string;
  @Attribute({ name: 'nm' }) name!: string;
  @Attribute({ type: 'number' }) points = 0;
  @Attribute() badges?: Set<string>;
  @Attribute() tags?: string[];
  @Attribute({ name: 'addr' }) address?: Address;
  @Attribute() preferences?: Preferences;
  @Attribute() scores?: Map<string, number>;
  @Attribute({ type: 'any' }) extra?: unknown;
  @Version() version!: number;
  @CreatedAt() createdAt!: Date;
  @Ttl() expiresAt?: Date;

  greet(): string {
    return `hello ${this.name}`;
  }
}

@Entity({ table: AppTable, pk: 'SESSION#{id}', sk: 'SESSION' })
class Session {
  @Attribute() id!: string;
  @Ttl() expiresAt!: number;
}

const meta = () => getEntityMetadata(Customer);

function sampleCustomer(): Customer {
  const customer = new Customer();
  const address = Object.assign(new Address(), {
    city: 'Oslo',
    movedIn: new Date('2020-01-02T03:04:05.000Z'),
    geo: Object.assign(new Geo(), { lat: 59.9, lng: 10.7 }),
  });
  Object.assign(customer, {
    id: 'c1',
    email: 'ann@example.com',
    name: 'Ann',
    points: 5,
    badges: new Set(['gold']),
    tags: ['a', 'b'],
    address,
    preferences: Object.assign(new Preferences(), { theme: 'dark', digest: undefined }),
    scores: new Map([['math', 3]]),
    version: 2,
    createdAt: new Date('2026-01-01T00:00:00.000Z'),
    expiresAt: new Date('2026-12-31T23:59:59.900Z'),
  });
  return customer;
}

describe('toStoredAttributes / toItem', () => {
  it('stores attributes under their names in their stored forms', () => {
    expect(
      toStoredAttributes(meta(), sampleCustomer() as unknown as Record<string, unknown>),
    ).toEqual({
      id: 'c1',
      email: 'ann@example.com',
      nm: 'Ann',
      points: 5,
      badges: new Set(['gold']),
      tags: ['a', 'b'],
      addr: { city: 'Oslo', since: '2020-01-02T03:04:05.000Z', geo: { lat: 59.9, lng: 10.7 } },
      preferences: { theme: 'dark' },
      scores: { math: 3 },
      version: 2,
      createdAt: '2026-01-01T00:00:00.000Z',
      expiresAt: 1798761599,
    });
  });

  it('skips undefined values and empty sets', () => {
    const stored = toStoredAttributes(meta(), {
      id: 'c1',
      name: 'Ann',
      badges: new Set(),
      email: undefined,
    });
    expect(stored).toEqual({ id: 'c1', nm: 'Ann' });
  });

  it('adds keys, the entity type and the schema version', () => {
    const item = toItem(meta(), sampleCustomer() as unknown as Record<string, unknown>);
    expect(item).toMatchObject({
      PK: 'CUSTOMER#c1',
      SK: 'PROFILE',
      GSI1PK: 'EMAIL#ann@example.com',
      GSI1SK: 'CUSTOMER',
      kind: 'Customer',
      schema: 3,
    });
  });
});

describe('fromItem', () => {
  it('round-trips an entity, rebuilding Dates, TTL, Sets, Maps and nested classes', () => {
    const original = sampleCustomer();
    const restored = fromItem<Customer>(
      meta(),
      toItem(meta(), original as unknown as Record<string, unknown>),
    );
    expect(restored).toBeInstanceOf(Customer);
    expect(restored.greet()).toBe('hello Ann');
    expect(restored.address).toBeInstanceOf(Address);
    expect(restored.address!.label()).toBe('in Oslo');
    expect(restored.address!.geo).toBeInstanceOf(Geo);
    expect(restored.preferences).toBeInstanceOf(Preferences);
    expect(restored.scores).toEqual(new Map([['math', 3]]));
    // The TTL keeps whole seconds.
    expect(restored.expiresAt).toEqual(new Date('2026-12-31T23:59:59.000Z'));
    expect({ ...restored, expiresAt: undefined, preferences: { ...restored.preferences } }).toEqual(
      {
        ...original,
        expiresAt: undefined,
        preferences: { theme: 'dark' },
      },
    );
  });

  it('does not run the constructor, so defaults do not mask what is stored', () => {
    const restored = fromItem<Customer>(meta(), {
      PK: 'CUSTOMER#c1',
      SK: 'PROFILE',
      id: 'c1',
      nm: 'Ann',
    });
    expect(restored.points).toBeUndefined();
    expect(Object.keys(restored)).toEqual(['id', 'name']);
  });

  it('drops key attributes, the discriminator, the schema version and unknown attributes', () => {
    const restored = fromItem<Customer>(meta(), {
      PK: 'CUSTOMER#c1',
      SK: 'PROFILE',
      GSI1PK: 'EMAIL#x',
      GSI1SK: 'CUSTOMER',
      kind: 'Customer',
      schema: 3,
      id: 'c1',
      email: 'x',
      legacy: 'x',
    });
    expect({ ...restored }).toEqual({ id: 'c1', email: 'x' });
  });

  it('reads key slot values back from the keys when the item lacks them (KEYS_ONLY projections)', () => {
    const restored = fromItem<Customer>(meta(), {
      PK: 'CUSTOMER#c1',
      SK: 'PROFILE',
      GSI1PK: 'EMAIL#a@b.c',
      GSI1SK: 'CUSTOMER',
    });
    expect({ ...restored }).toEqual({ id: 'c1', email: 'a@b.c' });
  });

  it('keeps a numeric @Ttl a number of epoch seconds', () => {
    const sessionMeta = getEntityMetadata(Session);
    const item = toItem(sessionMeta, { id: 's1', expiresAt: 1800000000.7 });
    expect(item).toMatchObject({ expiresAt: 1800000000 });
    expect(fromItem<Session>(sessionMeta, item).expiresAt).toBe(1800000000);
  });

  it('turns a list read back for a set attribute into a Set', () => {
    expect(fromItem<Customer>(meta(), { badges: ['a'] }).badges).toEqual(new Set(['a']));
  });
});

describe('toStoredValue', () => {
  const attribute = (name: string) => meta().attributes.get(name)!;

  it('converts one property value for conditions and updates', () => {
    expect(toStoredValue(attribute('createdAt'), new Date(0))).toBe('1970-01-01T00:00:00.000Z');
    expect(toStoredValue(attribute('expiresAt'), new Date(5999))).toBe(5);
    expect(toStoredValue(attribute('badges'), ['a', 'a', 'b'])).toEqual(new Set(['a', 'b']));
    expect(
      toStoredValue(attribute('address'), Object.assign(new Address(), { city: 'Rome' })),
    ).toEqual({ city: 'Rome' });
    expect(toStoredValue(attribute('extra'), { at: new Date(0), list: [undefined, 1] })).toEqual({
      at: '1970-01-01T00:00:00.000Z',
      list: [null, 1],
    });
    expect(toStoredValue(attribute('name'), null)).toBeNull();
    expect(toStoredValue(attribute('name'), undefined)).toBeUndefined();
  });

  it('refuses an invalid Date with a ValidationError', () => {
    expect(() => toStoredValue(attribute('createdAt'), new Date('nope'), 'Customer')).toThrow(
      ValidationError,
    );
    expect(() => toStoredValue(attribute('expiresAt'), 'soon', 'Customer')).toThrow(
      'Customer is invalid: expiresAt (expiresAt must be a valid Date or epoch seconds (time to live))',
    );
  });
});
