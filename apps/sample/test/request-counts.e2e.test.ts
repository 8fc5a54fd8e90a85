import { describeEachBackend } from '@monotable/testing';
import type { Test } from 'supertest';
import { DEMO_PRODUCTS, seedDemoData } from '../src/seed';
import { readmeAccessPatterns } from './support/readme-access-patterns';
import { placeOrder, registerCustomer, unique } from './support/shop-fixtures';
import { useShopApp } from './support/shop-test-app';

const documented = readmeAccessPatterns();

describeEachBackend('DynamoDB requests per access pattern, as the README documents', (backend) => {
  const shop = useShopApp(backend);
  const http = () => shop().http();
  const fixture: Record<string, string> = {};

  beforeAll(async () => {
    await seedDemoData(shop().app);
    const orders = await http().get('/customers/ada/orders').expect(200);
    fixture.orderId = orders.body.items[0].id;
    fixture.customerId = (await registerCustomer(shop())).id;
    const address = await http()
      .post(`/customers/${fixture.customerId}/addresses`)
      .send({ label: 'home', street: '1 Main St', city: 'Oslo', postalCode: '0150', country: 'NO' })
      .expect(201);
    fixture.addressId = address.body.id;
    fixture.placedOrderId = (await placeOrder(shop(), 'ada', [{ sku: 'tongs', quantity: 1 }])).id;
  });

  /** One call per README row, keyed by the row's endpoint cell. */
  const calls: Record<string, () => Test> = {
    'POST /customers': () =>
      http()
        .post('/customers')
        .send({ email: `${unique('new')}@example.com`, name: 'New' }),
    'GET /customers/:id': () => http().get('/customers/ada'),
    'GET /customers/:id?include=addresses,orders': () =>
      http().get('/customers/ada?include=addresses,orders'),
    'PATCH /customers/:id {name}': () =>
      http().patch('/customers/grace').set('If-Match', '"1"').send({ name: 'Grace B. Hopper' }),
    'PATCH /customers/:id {email}': () =>
      http()
        .patch(`/customers/${fixture.customerId}`)
        .send({ email: `${unique('moved')}@example.com` }),
    'POST /customers/:id/addresses': () =>
      http().post('/customers/ada/addresses').send({
        label: 'work',
        street: '2 Main St',
        city: 'Oslo',
        postalCode: '0150',
        country: 'NO',
      }),
    'GET /customers/:id/addresses': () => http().get('/customers/ada/addresses'),
    'DELETE /customers/:id/addresses/:addressId': () =>
      http().delete(`/customers/${fixture.customerId}/addresses/${fixture.addressId}`),
    'POST /customers/:id/orders': () =>
      http()
        .post('/customers/grace/orders')
        .send({
          lines: [
            { sku: 'hammer', quantity: 1 },
            { sku: 'apron', quantity: 1 },
          ],
        }),
    'GET /customers/:id/orders': () => http().get('/customers/ada/orders?limit=2'),
    'GET /customers/:id/orders?status=paid': () => http().get('/customers/ada/orders?status=paid'),
    'GET /customers/:id/orders/:orderId': () =>
      http().get(`/customers/ada/orders/${fixture.orderId}`),
    'GET /customers/:id/orders/:orderId?include=lines': () =>
      http().get(`/customers/ada/orders/${fixture.orderId}?include=lines`),
    'PATCH /customers/:id/orders/:orderId': () =>
      http().patch(`/customers/ada/orders/${fixture.placedOrderId}`).send({ status: 'paid' }),
    'GET /orders/:orderId/lines': () => http().get(`/orders/${fixture.orderId}/lines`),
    'GET /products/:sku/orders': () => http().get('/products/hammer/orders'),
    'POST /products': () =>
      http()
        .post('/products')
        .send({ sku: unique('new'), name: 'New', category: 'tools', price: 100, stock: 1 }),
    'GET /products/:sku': () => http().get(`/products/${DEMO_PRODUCTS[0].sku}`),
    'GET /products?category=tools': () => http().get('/products?category=tools'),
    'POST /products/:sku/restock': () =>
      http().post('/products/gloves/restock').send({ quantity: 3 }),
  };

  test('every documented endpoint is exercised here, and every one exercised is documented', () => {
    expect(documented.map((row) => row.endpoint).sort()).toEqual(Object.keys(calls).sort());
  });

  test.each(documented)('$pattern: $endpoint → $operations', async (row) => {
    const response = await calls[row.endpoint]();
    expect(response.status).toBeLessThan(300);
    expect({
      requests: Number(response.headers['x-dynamodb-requests']),
      operations: response.headers['x-dynamodb-operations'],
    }).toEqual({ requests: row.requests, operations: row.operations });
  });

  test('errors report their requests too: a refused order cost its read and its transaction', async () => {
    const response = await http()
      .post('/customers/ada/orders')
      .send({ lines: [{ sku: 'gloves', quantity: 99 }] })
      .expect(409);
    expect(response.headers['x-dynamodb-operations']).toBe('BatchGetItem, TransactWriteItems');
    const invalid = await http().post('/customers/ada/orders').send({ lines: [] }).expect(400);
    expect(invalid.headers['x-dynamodb-requests']).toBe('0');
  });
});
