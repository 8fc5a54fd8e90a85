import { Attribute, Entity, HasMany, Table, Unique } from '@monotable/core';
import { buildModel } from '../load';
import { buildAccessPatterns } from './access-patterns';

const ShopTable = new Table({
  name: 'patterns',
  partitionKey: 'PK',
  sortKey: 'SK',
  indexes: { GSI1: { partitionKey: 'GSI1PK', sortKey: 'GSI1SK' } },
});

@Entity({
  table: ShopTable,
  pk: 'CUSTOMER#{customerId}',
  sk: 'ORDER#{id}',
  indexes: { GSI1: { pk: 'CUSTOMER#{customerId}', sk: 'ORDER#{status}#{id}' } },
})
class Order {
  @Attribute() customerId!: string;
  @Attribute() id!: string;
  @Attribute() status!: string;
}

@Entity({ table: ShopTable, pk: 'CUSTOMER#{id}', sk: 'CUSTOMER' })
class Customer {
  @Attribute() id!: string;
  @Unique() @Attribute() email!: string;
  @HasMany(() => Order) orders?: Order[];
}

@Entity({ table: ShopTable, pk: 'ORDER#{orderId}', sk: 'LINE#{sku}' })
class OrderLine {
  @Attribute() orderId!: string;
  @Attribute() sku!: string;
}

@Entity({ table: ShopTable, pk: 'DEVICE#{device}', sk: 'READING#{takenAt}' })
class Reading {
  @Attribute() device!: string;
  @Attribute({ type: 'date' }) takenAt!: Date;
}

const patterns = buildAccessPatterns(buildModel([Customer, Order, OrderLine, Reading]));
const named = (entity: string) =>
  patterns.filter((pattern) => pattern.entity === entity).map((pattern) => pattern.name);

describe('the access-pattern catalogue', () => {
  it('names a Query after the relation reading it, or the entity its partition names', () => {
    expect(named('Order').filter((name) => name.includes(' of '))).toEqual([
      'orders of a customer, newest first',
      'orders of a customer, oldest first',
      'orders of a customer (GSI1), by status and id, descending',
      'orders of a customer (GSI1), by status and id',
    ]);
    expect(named('OrderLine')).toContain('order lines of an order, by sku');
  });

  it('else after its partition key, newest first on a date sort key', () => {
    expect(named('Reading')).toEqual(
      expect.arrayContaining([
        'readings by device, newest first',
        'readings by device, oldest first',
      ]),
    );
  });

  it('lists no Query for a partition holding one item of the entity', () => {
    expect(patterns.filter((p) => p.entity === 'Customer').map((p) => p.operation)).toEqual([
      'GetItem',
      'TransactWriteItems',
      'UpdateItem',
      'GetItem, TransactWriteItems',
    ]);
  });

  it('gives each pattern its key condition, index, slots and order', () => {
    expect(patterns.find((p) => p.id === 'Order.query.GSI1.desc')).toEqual({
      id: 'Order.query.GSI1.desc',
      name: 'orders of a customer (GSI1), by status and id, descending',
      entity: 'Order',
      kind: 'query',
      operation: 'Query',
      keyCondition: 'GSI1PK = "CUSTOMER#{customerId}" AND begins_with(GSI1SK, "ORDER#")',
      index: 'GSI1',
      requests: '1 per page',
      slots: ['customerId'],
      order: 'desc',
    });
    expect(patterns.find((p) => p.id === 'OrderLine.get')).toMatchObject({
      keyCondition: 'PK = "ORDER#{orderId}" AND SK = "LINE#{sku}"',
      slots: ['orderId', 'sku'],
    });
  });
});
