import { describeEachBackend } from '@monotable/testing';
import { createProduct, placeOrder, registerCustomer } from './support/shop-fixtures';
import { useShopApp } from './support/shop-test-app';

describeEachBackend('orders over HTTP', (backend) => {
  const shop = useShopApp(backend);
  const http = () => shop().http();
  const stockOf = async (sku: string) =>
    (await http().get(`/products/${sku}`).expect(200)).body.stock;
  const ordersOf = async (customerId: string) =>
    (await http().get(`/customers/${customerId}/orders`).expect(200)).body.items;

  test('placing an order takes the stock and stores the order and its lines', async () => {
    const ada = await registerCustomer(shop());
    const anvil = await createProduct(shop(), { price: 12900, stock: 3 });
    const tongs = await createProduct(shop(), { price: 2450, stock: 5 });
    const order = await placeOrder(shop(), ada.id, [
      { sku: anvil.sku, quantity: 2 },
      { sku: tongs.sku, quantity: 1 },
    ]);
    expect(order).toMatchObject({
      customerId: ada.id,
      status: 'placed',
      total: 2 * 12900 + 2450,
      itemCount: 3,
      version: 1,
      lines: [
        { sku: anvil.sku, quantity: 2, unitPrice: 12900, productName: anvil.name },
        { sku: tongs.sku, quantity: 1, unitPrice: 2450, productName: tongs.name },
      ],
    });
    expect(await stockOf(anvil.sku)).toBe(1);
    expect(await stockOf(tongs.sku)).toBe(4);

    const { lines, ...stored } = order;
    const read = await http().get(`/customers/${ada.id}/orders/${order.id}`).expect(200);
    expect(read.body).toEqual(stored);
    const withLines = await http()
      .get(`/customers/${ada.id}/orders/${order.id}?include=lines`)
      .expect(200);
    expect(withLines.body).toEqual(order);

    const ofOrder = await http().get(`/orders/${order.id}/lines`).expect(200);
    expect(ofOrder.body.items).toEqual(lines);
    const ofProduct = await http().get(`/products/${anvil.sku}/orders`).expect(200);
    expect(ofProduct.body.items).toEqual([lines[0]]);
  });

  test('not enough stock is a 409 and changes nothing: stock, orders, lines', async () => {
    const ada = await registerCustomer(shop());
    const plenty = await createProduct(shop(), { stock: 10 });
    const scarce = await createProduct(shop(), { stock: 1 });
    await placeOrder(shop(), ada.id, [{ sku: scarce.sku, quantity: 1 }]);

    const response = await http()
      .post(`/customers/${ada.id}/orders`)
      .send({
        lines: [
          { sku: plenty.sku, quantity: 2 },
          { sku: scarce.sku, quantity: 1 },
        ],
      })
      .expect(409);
    expect(response.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      code: 'OUT_OF_STOCK',
      message: `Not enough stock for ${scarce.sku}; nothing was ordered`,
      skus: [scarce.sku],
    });
    expect(await stockOf(plenty.sku)).toBe(10);
    expect(await stockOf(scarce.sku)).toBe(0);
    expect(await ordersOf(ada.id)).toHaveLength(1);
    const plentyOrders = await http().get(`/products/${plenty.sku}/orders`).expect(200);
    expect(plentyOrders.body.items).toEqual([]);
  });

  test('two customers racing for the last unit: one order wins, the other is a 409', async () => {
    const [ada, grace] = [await registerCustomer(shop()), await registerCustomer(shop(), 'Grace')];
    const last = await createProduct(shop(), { stock: 1 });
    const lines = [{ sku: last.sku, quantity: 1 }];
    const responses = await Promise.all(
      [ada, grace].map((customer) =>
        http().post(`/customers/${customer.id}/orders`).send({ lines }),
      ),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
    expect(await stockOf(last.sku)).toBe(0);
    const orders = [...(await ordersOf(ada.id)), ...(await ordersOf(grace.id))];
    expect(orders).toHaveLength(1);
  });

  test('an unknown customer or product is a 404 and changes nothing', async () => {
    const ada = await registerCustomer(shop());
    const product = await createProduct(shop(), { stock: 4 });
    const noCustomer = await http()
      .post('/customers/nobody/orders')
      .send({ lines: [{ sku: product.sku, quantity: 1 }] })
      .expect(404);
    expect(noCustomer.body).toMatchObject({
      code: 'ITEM_NOT_FOUND',
      message: expect.stringContaining('Customer'),
    });
    const noProduct = await http()
      .post(`/customers/${ada.id}/orders`)
      .send({
        lines: [
          { sku: product.sku, quantity: 1 },
          { sku: 'no-such-sku', quantity: 1 },
        ],
      })
      .expect(404);
    expect(noProduct.body.message).toContain('no-such-sku');
    expect(await stockOf(product.sku)).toBe(4);
    expect(await ordersOf(ada.id)).toEqual([]);
    expect(await ordersOf('nobody')).toEqual([]);
  });

  test('invalid orders are a 400 naming each field', async () => {
    const ada = await registerCustomer(shop());
    const empty = await http().post(`/customers/${ada.id}/orders`).send({ lines: [] }).expect(400);
    expect(empty.body.violations).toEqual([
      {
        property: 'lines',
        constraints: { arrayMinSize: 'lines must contain at least 1 elements' },
      },
    ]);
    const bad = await http()
      .post(`/customers/${ada.id}/orders`)
      .send({
        lines: [
          { sku: 'a', quantity: 0 },
          { sku: 'a', quantity: 1 },
        ],
      })
      .expect(400);
    expect(bad.body.violations).toEqual([
      { property: 'lines', constraints: { arrayUnique: 'each sku may appear once' } },
      { property: 'lines.0.quantity', constraints: { min: 'quantity must not be less than 1' } },
    ]);
  });

  test('orders newest first, by status, across pages; a forged cursor is a 400', async () => {
    const ada = await registerCustomer(shop());
    const product = await createProduct(shop(), { stock: 100 });
    const placed: string[] = [];
    for (let i = 0; i < 5; i++) {
      placed.push((await placeOrder(shop(), ada.id, [{ sku: product.sku, quantity: 1 }])).id);
    }
    const newestFirst = [...placed].reverse();

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await http()
        .get(`/customers/${ada.id}/orders`)
        .query({ limit: 2, cursor })
        .expect(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((o: any) => o.id));
      cursor = page.body.cursor;
    } while (cursor);
    expect(seen).toEqual(newestFirst);

    await http()
      .patch(`/customers/${ada.id}/orders/${placed[1]}`)
      .send({ status: 'paid' })
      .expect(200);
    await http()
      .patch(`/customers/${ada.id}/orders/${placed[3]}`)
      .send({ status: 'paid' })
      .expect(200);
    const paid = await http().get(`/customers/${ada.id}/orders?status=paid&limit=1`).expect(200);
    expect(paid.body.items.map((o: any) => o.id)).toEqual([placed[3]]);
    const next = await http()
      .get(`/customers/${ada.id}/orders`)
      .query({ status: 'paid', limit: 1, cursor: paid.body.cursor })
      .expect(200);
    expect(next.body.items.map((o: any) => o.id)).toEqual([placed[1]]);
    const placedOnly = await http().get(`/customers/${ada.id}/orders?status=placed`).expect(200);
    expect(placedOnly.body.items.map((o: any) => o.id)).toEqual([placed[4], placed[2], placed[0]]);

    const productOrders = await http().get(`/products/${product.sku}/orders?limit=3`).expect(200);
    expect(productOrders.body.items.map((l: any) => l.orderId)).toEqual(newestFirst.slice(0, 3));

    const forged = await http()
      .get(`/customers/${ada.id}/orders`)
      .query({ cursor: `${paid.body.cursor}x` })
      .expect(400);
    expect(forged.body).toMatchObject({ code: 'INVALID_CURSOR' });
    await http().get(`/customers/${ada.id}/orders?status=lost`).expect(400);
    await http().get(`/customers/${ada.id}/orders?limit=0`).expect(400);
  });

  test('status moves one step at a time: skipping a step is a 409, an unknown order a 404', async () => {
    const ada = await registerCustomer(shop());
    const product = await createProduct(shop());
    const order = await placeOrder(shop(), ada.id, [{ sku: product.sku, quantity: 1 }]);
    const url = `/customers/${ada.id}/orders/${order.id}`;

    const skipped = await http().patch(url).send({ status: 'shipped' }).expect(409);
    expect(skipped.body).toMatchObject({ code: 'CONDITIONAL_CHECK_FAILED' });
    const paid = await http().patch(url).send({ status: 'paid' }).expect(200);
    expect(paid.body).toMatchObject({ status: 'paid', version: 2 });
    await http().patch(url).send({ status: 'paid' }).expect(409);
    await http().patch(url).send({ status: 'placed' }).expect(400);
    await http().patch(`/customers/${ada.id}/orders/nothing`).send({ status: 'paid' }).expect(404);
    await http().get(`/customers/${ada.id}/orders/nothing`).expect(404);
  });
});
