import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

const client = new DynamoDBClient({ region: 'local', endpoint: 'http://127.0.0.1:9' });

describe('entity files that import each other', () => {
  test.each(['address', 'cart', 'customer', 'order', 'order-line', 'product', 'review'])(
    'load in any order (%s.entity first) and their relations resolve',
    (first) => {
      jest.isolateModules(() => {
        require(`./fixtures/shop/${first}.entity`);
        const shop = require('./fixtures/shop');
        const { Monotable } = require('../src');
        const db = new Monotable({ client, table: shop.ShopTable, entities: shop.shopEntities });
        const customer = Object.assign(new shop.Customer(), { id: 'c1' });
        const order = Object.assign(new shop.Order(), { id: 'o1', customerId: 'c1' });
        expect(db.relation(customer, 'orders')).toBeDefined();
        expect(db.relation(order, 'products')).toBeDefined();
        db.destroy();
      });
    },
  );
});
