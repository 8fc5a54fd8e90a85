import { Attribute, Entity } from '../decorators';
import { describeItem } from '../errors/describe-item';
import { getEntityMetadata } from '../metadata/metadata-registry';
import { Table } from '../table';
import { buildPrimaryKey } from './compute-item-keys';
import { keySlotValues } from './key-slot-values';

const AppTable = new Table({ name: 'app', partitionKey: 'PK', sortKey: 'SK' });

@Entity({ table: AppTable, pk: 'CUSTOMER#{customerId}', sk: 'ORDER#{year}#{id}' })
class Order {
  @Attribute() customerId!: string;
  @Attribute({ type: 'number' }) year!: number;
  @Attribute() id!: string;
}

describe('keySlotValues', () => {
  const meta = getEntityMetadata(Order);

  it('reads the slot values back out of a rendered primary key, typed as the properties are', () => {
    const key = buildPrimaryKey(meta, { customerId: 'c1', year: 2026, id: 'o1' });
    expect(keySlotValues(meta, key)).toEqual({ customerId: 'c1', year: 2026, id: 'o1' });
  });

  it('is undefined for a key of another shape', () => {
    expect(keySlotValues(meta, { PK: 'CUSTOMER#c1', SK: 'PROFILE' })).toBeUndefined();
    expect(keySlotValues(meta, { PK: 'PRODUCT#p', SK: 'ORDER#2026#o1' })).toBeUndefined();
  });
});

describe('describeItem', () => {
  it('names an item by its slots, or by its physical key when they are unknown', () => {
    expect(describeItem('Order', { customerId: 'c1', year: 2026, id: 'o1' }, {})).toBe(
      'Order {customerId: "c1", year: 2026, id: "o1"}',
    );
    expect(describeItem('Order', undefined, { PK: 'X', SK: 'Y' })).toBe(
      'Order {"PK":"X","SK":"Y"}',
    );
  });
});
