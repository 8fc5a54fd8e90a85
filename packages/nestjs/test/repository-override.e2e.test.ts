import { Monotable, UniqueConstraintError, type Repository } from '@monotable/core';
import { describeEachBackend, uniqueTableName } from '@monotable/testing';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { MonotableModule, getMonotableToken, getRepositoryToken } from '../src';
import { newClient } from './support/backend-access';
import { createHttpApp } from './support/create-http-app';
import { CustomersModule } from './support/customers.module';
import { CustomersService } from './support/customers.service';
import { Customer, Order, ShopTable } from './support/shop.model';

const grace = { id: 'c-1', email: 'grace@example.com', name: 'Grace', points: 3, version: 2 };

/** Only what the tests call; a fake needs no table and no client. */
function fakeCustomers(): Pick<Repository<Customer>, 'create' | 'getOrFail'> {
  return {
    create: jest.fn(async (data) => {
      throw new UniqueConstraintError('Customer', 'email', data.email);
    }),
    getOrFail: jest.fn(async () => Object.assign(new Customer(), grace)),
  };
}

describe('a service tested with fakes, no database at all', () => {
  test('getRepositoryToken and getMonotableToken provide the fakes', async () => {
    const customers = fakeCustomers();
    const moduleRef = await Test.createTestingModule({
      providers: [
        CustomersService,
        { provide: getRepositoryToken(Customer), useValue: customers },
        { provide: getRepositoryToken(Order), useValue: {} },
        { provide: getMonotableToken(), useValue: {} },
      ],
    }).compile();

    await expect(moduleRef.get(CustomersService).find('c-1')).resolves.toMatchObject(grace);
    expect(customers.getOrFail).toHaveBeenCalledWith({ id: 'c-1' });
  });
});

describeEachBackend('a repository overridden in a full app', (backend) => {
  let app: INestApplication;
  const customers = fakeCustomers();

  beforeAll(async () => {
    app = await createHttpApp(
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
      {
        customize: (builder) =>
          builder.overrideProvider(getRepositoryToken(Customer)).useValue(customers),
      },
    );
  });

  afterAll(async () => {
    await app?.close();
  });

  test('the controller reads through the fake', async () => {
    const response = await request(app.getHttpServer()).get('/customers/c-1').expect(200);
    expect(response.body).toEqual(grace);
  });

  test('an error the fake throws is mapped like a real one: UniqueConstraintError → 409', async () => {
    const response = await request(app.getHttpServer())
      .post('/customers')
      .send({ email: 'grace@example.com', name: 'Grace' })
      .expect(409);
    expect(response.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      code: 'UNIQUE_CONSTRAINT',
      message: 'Customer.email must be unique: "grace@example.com" is already taken',
    });
  });

  test('what is not overridden still uses the real table', async () => {
    // The connection's own repository is not the overridden provider.
    await app
      .get(Monotable)
      .getRepository(Customer)
      .create({ id: 'c-1', email: 'grace@example.com', name: 'Grace' });
    const response = await request(app.getHttpServer())
      .post('/customers/c-1/orders')
      .send({ total: 4 })
      .expect(201);
    expect(response.body).toEqual([expect.objectContaining({ customerId: 'c-1', total: 4 })]);
  });
});
