import type { ShopTestApp } from './shop-test-app';

let counter = 0;

/** A unique suffix, so tests sharing one app never collide on emails or skus. */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}`;
}

export async function registerCustomer(
  shop: ShopTestApp,
  name = 'Ada',
): Promise<Record<string, any>> {
  const email = `${unique(name.toLowerCase())}@example.com`;
  const response = await shop.http().post('/customers').send({ email, name }).expect(201);
  return response.body;
}

export async function createProduct(
  shop: ShopTestApp,
  fields: { stock?: number; price?: number; category?: string } = {},
): Promise<Record<string, any>> {
  const sku = unique('sku');
  const response = await shop
    .http()
    .post('/products')
    .send({ sku, name: `Product ${sku}`, category: 'tools', price: 1000, stock: 10, ...fields })
    .expect(201);
  return response.body;
}

export async function placeOrder(
  shop: ShopTestApp,
  customerId: string,
  lines: Array<{ sku: string; quantity: number }>,
): Promise<Record<string, any>> {
  const response = await shop
    .http()
    .post(`/customers/${customerId}/orders`)
    .send({ lines })
    .expect(201);
  return response.body;
}
