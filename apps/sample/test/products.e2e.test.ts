import { describeEachBackend } from '@monotable/testing';
import { createProduct, unique } from './support/shop-fixtures';
import { useShopApp } from './support/shop-test-app';

describeEachBackend('products over HTTP', (backend) => {
  const shop = useShopApp(backend);
  const http = () => shop().http();

  test('create, read, restock; a taken sku is a 409 and an unknown one a 404', async () => {
    const product = await createProduct(shop(), { stock: 3, price: 2500 });
    expect(product).toMatchObject({ stock: 3, price: 2500, version: 1 });
    const read = await http().get(`/products/${product.sku}`).expect(200);
    expect(read.body).toEqual(product);

    const restocked = await http()
      .post(`/products/${product.sku}/restock`)
      .send({ quantity: 5 })
      .expect(200);
    expect(restocked.body).toMatchObject({ stock: 8, version: 2 });

    const taken = await http()
      .post('/products')
      .send({ ...product, version: undefined, sold: undefined })
      .expect(409);
    expect(taken.body).toMatchObject({ code: 'ITEM_EXISTS' });
    await http().get('/products/nothing-here').expect(404);
    await http().post('/products/nothing-here/restock').send({ quantity: 1 }).expect(404);
  });

  test('invalid products and restocks are a 400 naming each field', async () => {
    const response = await http()
      .post('/products')
      .send({ sku: 'Bad SKU', name: 'x', category: 'tools', price: -1, stock: 1.5 })
      .expect(400);
    expect(response.body.violations.map((v: any) => v.property).sort()).toEqual([
      'price',
      'sku',
      'stock',
    ]);
    await http().post('/products/anything/restock').send({ quantity: 0 }).expect(400);
    await http().get('/products').expect(400);
  });

  test("a category's products by sku, page by page", async () => {
    const category = unique('cat');
    const skus: string[] = [];
    for (let i = 0; i < 5; i++) skus.push((await createProduct(shop(), { category })).sku);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await http().get('/products').query({ category, limit: 2, cursor }).expect(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((p: any) => p.sku));
      cursor = page.body.cursor;
      pages++;
    } while (cursor);
    expect(seen).toEqual([...skus].sort());
    expect(pages).toBe(3);
  });
});
