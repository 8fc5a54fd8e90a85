import { uniqueTableName, describeEachBackend } from '@monotable/testing';
import { Monotable } from '@monotable/core';
import type { INestApplication } from '@nestjs/common';
import { MonotableModule, getMonotableToken } from '../src';
import { newClient } from './support/backend-access';
import { closeApp } from './support/close-app';
import { createHttpApp } from './support/create-http-app';
import { CustomersModule } from './support/customers.module';
import { registerAndFetchCustomer } from './support/shop-round-trip';
import { Customer, Order, ShopTable } from './support/shop.model';

describeEachBackend('MonotableModule.forRoot', (backend) => {
  let app: INestApplication | undefined;

  afterEach(async () => {
    if (app) await closeApp(app);
    app = undefined;
  });

  test('serves repositories over HTTP, and destroys the client on shutdown', async () => {
    const client = newClient(backend());
    app = await createHttpApp([
      MonotableModule.forRoot({
        client,
        table: ShopTable,
        tableName: uniqueTableName('shop'),
        entities: [Customer, Order],
        createTableIfMissing: true,
      }),
      CustomersModule,
    ]);
    await registerAndFetchCustomer(app);

    const destroyed = await closeApp(app);
    app = undefined;
    expect(destroyed).toEqual([client]);
  });

  test('autoLoadEntities collects what forFeature registered', async () => {
    app = await createHttpApp([
      MonotableModule.forRoot({
        client: newClient(backend()),
        table: ShopTable,
        tableName: uniqueTableName('shop'),
        autoLoadEntities: true,
        createTableIfMissing: true,
      }),
      CustomersModule,
    ]);
    const db = app.get(Monotable);
    expect(db.entities().map((meta) => meta.target)).toEqual([Customer, Order]);
    expect(app.get(getMonotableToken())).toBe(db);
    await registerAndFetchCustomer(app);
  });

  test('createTableIfMissing keeps an existing table and its items', async () => {
    const tableName = uniqueTableName('shop');
    const options = {
      table: ShopTable,
      tableName,
      entities: [Customer, Order],
      createTableIfMissing: true,
    };
    app = await createHttpApp([
      MonotableModule.forRoot({ client: newClient(backend()), ...options }),
      CustomersModule,
    ]);
    const ada = await registerAndFetchCustomer(app);
    await closeApp(app);
    app = undefined;

    app = await createHttpApp([
      MonotableModule.forRoot({ client: newClient(backend()), ...options }),
      CustomersModule,
    ]);
    const again = await app.get(Monotable).getRepository(Customer).get({ id: ada.id });
    expect(again?.email).toBe('ada@example.com');
  });
});
