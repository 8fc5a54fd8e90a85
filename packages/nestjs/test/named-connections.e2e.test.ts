import { Monotable } from '@monotable/core';
import { describeEachBackend, uniqueTableName } from '@monotable/testing';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { MonotableModule, getMonotableToken } from '../src';
import { AUDIT_CONNECTION, AuditModule } from './support/audit.module';
import { newClient } from './support/backend-access';
import { closeApp } from './support/close-app';
import { createHttpApp } from './support/create-http-app';
import { CustomersModule } from './support/customers.module';
import { registerAndFetchCustomer } from './support/shop-round-trip';
import { AuditEvent, AuditTable, Customer, Order, ShopTable } from './support/shop.model';

describeEachBackend('named connections', (backend) => {
  let app: INestApplication | undefined;

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  test('two tables through two clients, each connection with its own repositories', async () => {
    const shopClient = newClient(backend());
    const auditClient = newClient(backend());
    const auditTableName = uniqueTableName('audit');
    app = await createHttpApp([
      MonotableModule.forRoot({
        client: shopClient,
        table: ShopTable,
        tableName: uniqueTableName('shop'),
        autoLoadEntities: true,
        createTableIfMissing: true,
      }),
      MonotableModule.forRootAsync({
        name: AUDIT_CONNECTION,
        useFactory: () => ({
          client: auditClient,
          table: AuditTable,
          tableName: auditTableName,
          autoLoadEntities: true,
          createTableIfMissing: true,
        }),
      }),
      CustomersModule,
      AuditModule,
    ]);

    const shopDb = app.get(Monotable);
    const auditDb = app.get<Monotable>(getMonotableToken(AUDIT_CONNECTION));
    expect(auditDb).not.toBe(shopDb);
    expect(shopDb.entities().map((meta) => meta.target)).toEqual([Customer, Order]);
    expect(auditDb.entities().map((meta) => meta.target)).toEqual([AuditEvent]);

    const ada = await registerAndFetchCustomer(app);
    await request(app.getHttpServer())
      .post(`/audit/${ada.id}`)
      .send({ action: 'registered' })
      .expect(201);
    const audit = await request(app.getHttpServer()).get(`/audit/${ada.id}`).expect(200);
    expect(audit.body).toMatchObject({
      table: auditTableName,
      events: [{ subject: ada.id, action: 'registered' }],
    });

    const destroyed = await closeApp(app);
    app = undefined;
    expect(destroyed).toHaveLength(2);
    expect(destroyed).toEqual(expect.arrayContaining([shopClient, auditClient]));
  });

  test('two connections with the same name are refused at startup', async () => {
    const options = { table: ShopTable, entities: [Customer] };
    await expect(
      createHttpApp([
        MonotableModule.forRoot({ client: newClient(backend()), ...options }),
        MonotableModule.forRoot({ client: newClient(backend()), tableName: 'other', ...options }),
      ]),
    ).rejects.toThrow(
      '2 MonotableModule.forRoot/forRootAsync connections are named "default": give each connection its own `name`',
    );
  });
});
