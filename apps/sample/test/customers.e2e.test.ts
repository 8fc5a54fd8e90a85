import { describeEachBackend } from '@monotable/testing';
import { createProduct, placeOrder, registerCustomer, unique } from './support/shop-fixtures';
import { useShopApp } from './support/shop-test-app';

describeEachBackend('customers and addresses over HTTP', (backend) => {
  const shop = useShopApp(backend);
  const http = () => shop().http();

  test('registering answers the customer, version 1 as ETag; reading it back', async () => {
    const created = await http()
      .post('/customers')
      .send({ email: '  Grace@Example.com ', name: 'Grace' })
      .expect(201);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^[0-9A-Z]{26}$/),
      email: 'grace@example.com',
      name: 'Grace',
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(created.headers.etag).toBe('"1"');
    const read = await http().get(`/customers/${created.body.id}`).expect(200);
    expect(read.body).toEqual(created.body);
    expect(read.headers.etag).toBe('"1"');
  });

  test('a taken email is a 409, whatever its case', async () => {
    const ada = await registerCustomer(shop());
    const response = await http()
      .post('/customers')
      .send({ email: ada.email.toUpperCase(), name: 'Impostor' })
      .expect(409);
    expect(response.body).toMatchObject({ statusCode: 409, code: 'UNIQUE_CONSTRAINT' });
    expect(response.body.message).toContain(ada.email);
  });

  test('invalid bodies are a 400 naming each field', async () => {
    const response = await http()
      .post('/customers')
      .send({ email: 'not-an-email', name: '', admin: true })
      .expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(response.body.violations).toEqual(
      expect.arrayContaining([
        { property: 'email', constraints: { isEmail: 'email must be an email' } },
        {
          property: 'name',
          constraints: expect.objectContaining({ isLength: expect.any(String) }),
        },
        {
          property: 'admin',
          constraints: { whitelistValidation: 'property admin should not exist' },
        },
      ]),
    );
  });

  test('an unknown customer is a 404; an id that cannot be a key is a 400', async () => {
    const missing = await http().get('/customers/nobody').expect(404);
    expect(missing.body).toMatchObject({ statusCode: 404, code: 'ITEM_NOT_FOUND' });
    const forged = await http()
      .get(`/customers/${encodeURIComponent('a#b')}`)
      .expect(400);
    expect(forged.body.violations).toEqual([
      { property: 'id', constraints: { keySegment: "id must be 1 to 100 characters without '#'" } },
    ]);
  });

  test('If-Match: the current version updates, a stale one is a 409 and changes nothing', async () => {
    const ada = await registerCustomer(shop());
    const updated = await http()
      .patch(`/customers/${ada.id}`)
      .set('If-Match', '"1"')
      .send({ name: 'Ada King' })
      .expect(200);
    expect(updated.body).toMatchObject({ name: 'Ada King', version: 2 });
    expect(updated.headers.etag).toBe('"2"');

    const stale = await http()
      .patch(`/customers/${ada.id}`)
      .set('If-Match', '"1"')
      .send({ name: 'Lost update' })
      .expect(409);
    expect(stale.body).toMatchObject({ statusCode: 409, code: 'VERSION_CONFLICT' });
    const read = await http().get(`/customers/${ada.id}`).expect(200);
    expect(read.body).toMatchObject({ name: 'Ada King', version: 2 });

    await http()
      .patch(`/customers/${ada.id}`)
      .set('If-Match', 'yesterday')
      .send({ name: 'X' })
      .expect(400);
    await http().patch(`/customers/${ada.id}`).send({}).expect(400);
    await http().patch('/customers/nobody').send({ name: 'X' }).expect(404);
  });

  test('with ?include= the ETag follows the included items: a new order is never a 304', async () => {
    const ada = await registerCustomer(shop());
    const gloves = await createProduct(shop());
    const url = `/customers/${ada.id}?include=addresses,orders`;
    const before = await http().get(url).expect(200);
    expect(before.body.orders).toEqual([]);
    const etag = before.headers.etag;
    expect(etag).toBeDefined();
    await http().get(url).set('If-None-Match', etag).expect(304);

    const order = await placeOrder(shop(), ada.id, [{ sku: gloves.sku, quantity: 1 }]);
    const after = await http().get(url).set('If-None-Match', etag).expect(200);
    expect(after.body).toMatchObject({ version: 1, orders: [{ id: order.id }] });
    expect(after.headers.etag).not.toBe(etag);
    // The customer's own version did not move: its ETag does not stand for this body either.
    await http().get(url).set('If-None-Match', '"1"').expect(200);
    await http().get(url).set('If-None-Match', after.headers.etag).expect(304);

    // Without include the body is the customer alone, tagged by its version.
    await http().get(`/customers/${ada.id}`).set('If-None-Match', '"1"').expect(304);
  });

  test('changing the email frees the old one and reserves the new one', async () => {
    const ada = await registerCustomer(shop());
    const other = await registerCustomer(shop(), 'Other');
    const newEmail = `${unique('ada')}@example.com`;
    await http().patch(`/customers/${ada.id}`).send({ email: other.email }).expect(409);
    await http().patch(`/customers/${ada.id}`).send({ email: newEmail }).expect(200);
    await http()
      .post('/customers')
      .send({ email: ada.email, name: 'Reuses the old email' })
      .expect(201);
    await http().post('/customers').send({ email: newEmail, name: 'Too late' }).expect(409);
  });

  test('addresses: add, list, include with the customer in one read, delete', async () => {
    const ada = await registerCustomer(shop());
    const home = {
      label: 'home',
      street: '1 Main St',
      city: 'Oslo',
      postalCode: '0150',
      country: 'NO',
    };
    const added = await http().post(`/customers/${ada.id}/addresses`).send(home).expect(201);
    expect(added.body).toEqual({ ...home, customerId: ada.id, id: expect.any(String) });
    await http()
      .post(`/customers/${ada.id}/addresses`)
      .send({ ...home, label: 'work' })
      .expect(201);

    const list = await http().get(`/customers/${ada.id}/addresses`).expect(200);
    expect(list.body.items.map((a: any) => a.label).sort()).toEqual(['home', 'work']);

    const withAddresses = await http()
      .get(`/customers/${ada.id}?include=addresses,orders`)
      .expect(200);
    expect(withAddresses.body).toMatchObject({ id: ada.id, orders: [] });
    expect(withAddresses.body.addresses).toHaveLength(2);

    await http().delete(`/customers/${ada.id}/addresses/${added.body.id}`).expect(204);
    await http().delete(`/customers/${ada.id}/addresses/${added.body.id}`).expect(404);
    const after = await http().get(`/customers/${ada.id}/addresses`).expect(200);
    expect(after.body.items.map((a: any) => a.label)).toEqual(['work']);
  });

  test('an address for an unknown customer is a 404 and is not written', async () => {
    const response = await http()
      .post('/customers/nobody/addresses')
      .send({ label: 'home', street: '1 Main St', city: 'Oslo', postalCode: '0150', country: 'NO' })
      .expect(404);
    expect(response.body).toMatchObject({ code: 'ITEM_NOT_FOUND' });
    const list = await http().get('/customers/nobody/addresses').expect(200);
    expect(list.body).toEqual({ items: [] });
    await http().get('/customers/nobody?include=addresses').expect(404);
    await http().get('/customers/nobody?include=wishlist').expect(400);
  });
});
