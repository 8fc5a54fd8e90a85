import { describeEachBackend } from '@monotable/testing';
import type { OrderLine } from '../src/model';
import { SalesCounter } from '../src/sales/sales-counter';
import { createProduct, placeOrder, registerCustomer, unique } from './support/shop-fixtures';
import { useShopApp } from './support/shop-test-app';

// The app counts sales in-process on the in-process engine only (on DynamoDB, Lambda does).
describeEachBackend(
  'sales counters kept from the stream',
  (backend) => {
    const shop = useShopApp(backend);
    const http = () => shop().http();
    /** Every record written so far has been through the sales counter. */
    const counted = () => backend().engine!.streams.drain();
    const productOf = async (sku: string) =>
      (await http().get(`/products/${sku}`).expect(200)).body;

    afterEach(() => jest.restoreAllMocks());

    test('an order raises each product it contains by its quantity, on the product and in its category', async () => {
      const category = unique('cat');
      const ada = await registerCustomer(shop());
      const anvil = await createProduct(shop(), { category, stock: 10 });
      const tongs = await createProduct(shop(), { category, stock: 10 });
      expect(anvil.sold).toBe(0);

      const placed = await http()
        .post(`/customers/${ada.id}/orders`)
        .send({
          lines: [
            { sku: anvil.sku, quantity: 2 },
            { sku: tongs.sku, quantity: 1 },
          ],
        })
        .expect(201);
      await placeOrder(shop(), ada.id, [{ sku: anvil.sku, quantity: 3 }]);
      await counted();

      const read = await http().get(`/products/${anvil.sku}`).expect(200);
      expect(read.body).toMatchObject({ sold: 5, stock: 5 });
      const listed = await http().get('/products').query({ category }).expect(200);
      expect(listed.body.items.map((p: any) => [p.sku, p.sold])).toEqual([
        [anvil.sku, 5],
        [tongs.sku, 1],
      ]);
      // The counter's writes are its own: the order and the reads cost what the README says.
      expect(placed.headers['x-dynamodb-operations']).toBe('BatchGetItem, TransactWriteItems');
      expect(read.headers['x-dynamodb-requests']).toBe('1');
    });

    test('ten orders placed at once are counted exactly', async () => {
      const customers = await Promise.all([1, 2, 3].map(() => registerCustomer(shop())));
      const rope = await createProduct(shop(), { stock: 100 });
      const gloves = await createProduct(shop(), { stock: 100 });
      const quantities = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

      await Promise.all(
        quantities.map((quantity, i) =>
          placeOrder(shop(), customers[i % customers.length].id, [
            { sku: rope.sku, quantity },
            { sku: gloves.sku, quantity: 1 },
          ]),
        ),
      );
      await counted();

      expect(await productOf(rope.sku)).toMatchObject({ sold: 55, stock: 45 });
      expect(await productOf(gloves.sku)).toMatchObject({ sold: 10, stock: 90 });
    });

    test('a count that fails before writing is delivered again and counted once', async () => {
      const ada = await registerCustomer(shop());
      const hammer = await createProduct(shop());
      jest
        .spyOn(shop().app.get(SalesCounter), 'count')
        .mockRejectedValueOnce(new Error('DynamoDB unavailable'));

      await placeOrder(shop(), ada.id, [{ sku: hammer.sku, quantity: 4 }]);
      await counted();

      expect(await productOf(hammer.sku)).toMatchObject({ sold: 4, stock: 6 });
    });

    test('a count that fails after writing (the invocation timed out) is not counted twice', async () => {
      const ada = await registerCustomer(shop());
      const apron = await createProduct(shop());
      const saw = await createProduct(shop());
      const counter = shop().app.get(SalesCounter);
      const count = counter.count.bind(counter);
      const attempts = jest
        .spyOn(counter, 'count')
        .mockImplementationOnce(async (line: OrderLine) => {
          await count(line);
          throw new Error('Task timed out after 3.00 seconds');
        });

      await placeOrder(shop(), ada.id, [
        { sku: apron.sku, quantity: 2 },
        { sku: saw.sku, quantity: 1 },
      ]);
      await counted();

      // The first line was handed over twice (the second time its marker said: counted).
      expect(attempts.mock.calls.map(([line]) => line.sku)).toEqual([
        apron.sku,
        apron.sku,
        saw.sku,
      ]);
      expect(await productOf(apron.sku)).toMatchObject({ sold: 2, stock: 8 });
      expect(await productOf(saw.sku)).toMatchObject({ sold: 1, stock: 9 });
    });
  },
  ['memory'],
);
