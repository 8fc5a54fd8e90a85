import { describeEachBackend, uniqueTableName } from '@monotable/testing';
import { Module, type INestApplication } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import request from 'supertest';
import { MonotableExceptionFilter, MonotableModule } from '../src';
import { newClient } from './support/backend-access';
import { createHttpApp } from './support/create-http-app';
import { CustomersModule } from './support/customers.module';
import { registerAndFetchCustomer } from './support/shop-round-trip';
import { Customer, Order, ShopTable } from './support/shop.model';

describeEachBackend('MonotableExceptionFilter over HTTP', (backend) => {
  let app: INestApplication;
  let ada: Record<string, any>;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await createHttpApp([
      MonotableModule.forRoot({
        client: newClient(backend()),
        table: ShopTable,
        tableName: uniqueTableName('shop'),
        entities: [Customer, Order],
        createTableIfMissing: true,
      }),
      CustomersModule,
    ]);
    ada = await registerAndFetchCustomer(app);
  });

  afterAll(async () => {
    await app?.close();
  });

  test('ValidationPipe checks request bodies with the entity class itself', async () => {
    const response = await http().post('/customers').send({ email: 'nope', name: '' }).expect(400);
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: expect.arrayContaining(['email must be an email']),
    });
  });

  test('ValidationError → 400 with the failing fields', async () => {
    const response = await http().patch(`/customers/${ada.id}`).send({ points: -5 }).expect(400);
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'VALIDATION_FAILED',
      message: 'Customer is invalid: points (points must not be less than 0)',
      violations: [
        {
          entity: 'Customer',
          property: 'points',
          constraints: { min: 'points must not be less than 0' },
        },
      ],
    });
  });

  test('an unknown property is a ValidationError too, and nothing is written', async () => {
    const response = await http().patch(`/customers/${ada.id}`).send({ nmae: 'Eve' }).expect(400);
    expect(response.body.violations).toEqual([
      expect.objectContaining({
        property: 'nmae',
        constraints: { unknownAttribute: expect.any(String) },
      }),
    ]);
    const stored = await http().get(`/customers/${ada.id}`).expect(200);
    expect(stored.body).toMatchObject({ name: 'Ada', version: 1 });
  });

  test('ItemNotFoundError → 404', async () => {
    const response = await http().get('/customers/nobody').expect(404);
    expect(response.body).toMatchObject({
      statusCode: 404,
      error: 'Not Found',
      code: 'ITEM_NOT_FOUND',
      // The item as the client named it, not the table's physical key attributes.
      message: 'Customer {id: "nobody"} not found',
    });
    expect(JSON.stringify(response.body)).not.toMatch(/PK|SK|CUSTOMER#/);
  });

  test('ItemExistsError → 409', async () => {
    const response = await http()
      .post('/customers')
      .send({ id: ada.id, email: 'other@example.com', name: 'Other' })
      .expect(409);
    expect(response.body).toMatchObject({
      statusCode: 409,
      error: 'Conflict',
      code: 'ITEM_EXISTS',
      message: `Customer {id: "${ada.id}"} already exists`,
    });
  });

  test('VersionConflictError → 409', async () => {
    const response = await http()
      .patch(`/customers/${ada.id}`)
      .send({ name: 'Ada L.', expectedVersion: 7 })
      .expect(409);
    expect(response.body).toMatchObject({
      statusCode: 409,
      code: 'VERSION_CONFLICT',
      message: `Customer {id: "${ada.id}"} was changed concurrently: expected version 7`,
    });
  });

  test('ConditionalCheckFailedError → 409', async () => {
    const response = await http()
      .post(`/customers/${ada.id}/redeem`)
      .send({ points: 1000 })
      .expect(409);
    expect(response.body).toMatchObject({ statusCode: 409, code: 'CONDITIONAL_CHECK_FAILED' });
  });

  test('TransactionCanceledError → 409', async () => {
    const response = await http().post('/customers/nobody/orders').send({ total: 5 }).expect(409);
    expect(response.body).toMatchObject({ statusCode: 409, code: 'TRANSACTION_CANCELED' });
  });

  test('a successful transaction still answers normally', async () => {
    const response = await http()
      .post(`/customers/${ada.id}/orders`)
      .send({ total: 5 })
      .expect(201);
    expect(response.body).toEqual([expect.objectContaining({ customerId: ada.id, total: 5 })]);
  });

  test('other monotable errors reach Nest’s own handling: 500 without details', async () => {
    const response = await http().get('/customers').expect(500);
    expect(response.body).toEqual({ statusCode: 500, message: 'Internal server error' });
  });

  test('Nest’s own exceptions are untouched', async () => {
    await http().get('/no-such-route').expect(404);
  });
});

describeEachBackend('MonotableExceptionFilter as APP_FILTER', (backend) => {
  test('is built by Nest with its HTTP adapter and maps errors the same way', async () => {
    @Module({ providers: [{ provide: APP_FILTER, useClass: MonotableExceptionFilter }] })
    class FilterModule {}

    const app = await createHttpApp(
      [
        MonotableModule.forRoot({
          client: newClient(backend()),
          table: ShopTable,
          tableName: uniqueTableName('shop'),
          entities: [Customer, Order],
          createTableIfMissing: true,
        }),
        CustomersModule,
        FilterModule,
      ],
      { globalFilter: false },
    );
    try {
      const response = await request(app.getHttpServer()).get('/customers/nobody').expect(404);
      expect(response.body.code).toBe('ITEM_NOT_FOUND');
    } finally {
      await app.close();
    }
  });

  test('new MonotableExceptionFilter() without the adapter answers mapped errors too', async () => {
    const bare = await createHttpApp(
      [
        MonotableModule.forRoot({
          client: newClient(backend()),
          table: ShopTable,
          tableName: uniqueTableName('shop'),
          entities: [Customer, Order],
          createTableIfMissing: true,
        }),
        CustomersModule,
      ],
      { globalFilter: 'without-adapter' },
    );
    try {
      const response = await request(bare.getHttpServer()).get('/customers/nobody').expect(404);
      expect(response.body).toMatchObject({ statusCode: 404, code: 'ITEM_NOT_FOUND' });
    } finally {
      await bare.close();
    }
  });
});
