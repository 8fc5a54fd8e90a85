import {
  ConfigurationError,
  TransactionCanceledError,
  TransactionJoinError,
  increment,
  type RequestLogEvent,
  Repository,
} from '@monotable/core';
import { describeEachBackend, uniqueTableName } from '@monotable/testing';
import { Body, Controller, Injectable, Module, Post, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { InjectRepository, MonotableModule, Transactional, getRepositoryToken } from '../src';
import { MonotableTestingHarness, MonotableTestingModule } from '../src/testing';
import { AUDIT_CONNECTION, AuditModule } from './support/audit.module';
import { newClient } from './support/backend-access';
import { createHttpApp } from './support/create-http-app';
import { AuditEvent, AuditTable, Customer, Order, ShopTable } from './support/shop.model';

@Injectable()
class LoyaltyService {
  constructor(@InjectRepository(Customer) private readonly customers: Repository<Customer>) {}

  /** Transactional on its own, and joins the caller's transaction when called from one. */
  @Transactional()
  async award(customerId: string, points: number): Promise<void> {
    await this.customers.update(
      { id: customerId },
      { points: increment(points) },
      { returnItem: false },
    );
  }
}

@Injectable()
class OrdersService {
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @InjectRepository(AuditEvent, AUDIT_CONNECTION) private readonly audit: Repository<AuditEvent>,
    private readonly loyalty: LoyaltyService,
  ) {}

  /** The order and the points, or neither (the customer must exist: update checks it). */
  @Transactional()
  async place(customerId: string, total: number): Promise<Order> {
    const order = await this.orders.create({ customerId, total });
    await this.loyalty.award(customerId, total);
    return order;
  }

  /** Without the decorator the same calls are three separate writes. */
  async placeWithoutTransaction(customerId: string, total: number): Promise<Order> {
    const order = await this.orders.create({ customerId, total });
    await this.loyalty.award(customerId, total);
    return order;
  }

  /** A write through the audit connection inside a transaction of the shop connection. */
  @Transactional()
  async placeAndAudit(customerId: string, total: number): Promise<Order> {
    const order = await this.orders.create({ customerId, total });
    await this.audit.create({ subject: customerId, action: 'order' });
    return order;
  }

  @Transactional({ connection: AUDIT_CONNECTION })
  async auditTwice(subject: string): Promise<void> {
    await this.audit.create({ subject, action: 'first' });
    await this.audit.create({ subject, action: 'second' });
  }
}

/** What a unit-tested service module looks like: one connection. */
@Injectable()
class CheckoutService {
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    private readonly loyalty: LoyaltyService,
  ) {}

  @Transactional()
  async place(customerId: string, total: number): Promise<Order> {
    const order = await this.orders.create({ customerId, total });
    await this.loyalty.award(customerId, total);
    return order;
  }
}

@Module({
  imports: [MonotableModule.forFeature([Customer, Order])],
  providers: [CheckoutService, LoyaltyService],
})
class CheckoutModule {}

@Controller('orders')
class OrdersController {
  constructor(@InjectRepository(Order) private readonly orders: Repository<Order>) {}

  /** The route metadata survives the decorator above it. */
  @Transactional()
  @Post()
  async create(@Body() body: { customerId: string; total: number }) {
    return this.orders.create(body);
  }
}

@Module({
  imports: [
    MonotableModule.forFeature([Customer, Order]),
    MonotableModule.forFeature([AuditEvent], AUDIT_CONNECTION),
  ],
  controllers: [OrdersController],
  providers: [OrdersService, LoyaltyService],
})
class OrdersModule {}

describeEachBackend('@Transactional() services', (backend) => {
  let app: INestApplication;
  let events: RequestLogEvent[];
  const writes = () =>
    events
      .map((event) => event.operation)
      .filter((operation) => operation !== 'GetItem' && operation !== 'Query');

  beforeEach(async () => {
    events = [];
    app = await createHttpApp([
      MonotableModule.forRoot({
        client: newClient(backend()),
        table: ShopTable,
        tableName: uniqueTableName('shop'),
        autoLoadEntities: true,
        createTableIfMissing: true,
        logger: (event) => events.push(event),
      }),
      MonotableModule.forRoot({
        name: AUDIT_CONNECTION,
        client: newClient(backend()),
        table: AuditTable,
        tableName: uniqueTableName('audit'),
        autoLoadEntities: true,
        createTableIfMissing: true,
      }),
      AuditModule,
      OrdersModule,
    ]);
    events.length = 0;
  });
  afterEach(() => app.close());

  const customers = () => app.get<Repository<Customer>>(getRepositoryToken(Customer));
  const orders = () => app.get<Repository<Order>>(getRepositoryToken(Order));

  const registered = async () => {
    const customer = await customers().create({ email: 'a@example.com', name: 'A' });
    events.length = 0;
    return customer;
  };

  test('a service method and the services it calls write in one TransactWriteItems', async () => {
    const customer = await registered();
    const order = await app.get(OrdersService).place(customer.id, 5);

    expect(writes()).toEqual(['TransactWriteItems']);
    expect(order).toBeInstanceOf(Order);
    expect((await customers().getOrFail({ id: customer.id })).points).toBe(5);
    expect((await orders().query({ customerId: customer.id })).items).toEqual([order]);
  });

  test('when a write fails, nothing is written: the order does not stay written', async () => {
    const error = await app
      .get(OrdersService)
      .place('nobody', 5)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransactionCanceledError);
    expect((await orders().query({ customerId: 'nobody' })).items).toEqual([]);

    // The pitfall the decorator removes: the same calls without it leave the order written.
    const plain = await app
      .get(OrdersService)
      .placeWithoutTransaction('nobody', 5)
      .catch((e: unknown) => e);
    expect(plain).toBeInstanceOf(Error);
    expect((await orders().query({ customerId: 'nobody' })).items).toHaveLength(1);
  });

  test('a write through another connection inside the transaction is refused; nothing is written', async () => {
    const customer = await registered();
    const error = await app
      .get(OrdersService)
      .placeAndAudit(customer.id, 3)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransactionJoinError);
    expect(writes()).toEqual([]);
    expect((await orders().query({ customerId: customer.id })).items).toEqual([]);
  });

  test('@Transactional({ connection }) runs in the named connection', async () => {
    await app.get(OrdersService).auditTwice('s1');
    const audit = app.get<Repository<AuditEvent>>(getRepositoryToken(AuditEvent, AUDIT_CONNECTION));
    expect(
      (await audit.query({ subject: 's1' })).items.map((event) => event.action).sort(),
    ).toEqual(['first', 'second']);
  });

  test('a decorated controller route keeps its route and runs in a transaction', async () => {
    const customer = await registered();
    const response = await request(app.getHttpServer())
      .post('/orders')
      .send({ customerId: customer.id, total: 2 });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ customerId: customer.id, total: 2 });
    expect(writes()).toEqual(['TransactWriteItems']);
  });
});

describe('@Transactional() with MonotableTestingModule', () => {
  test('works in a testing module that is compiled but not initialised', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [MonotableTestingModule.forRoot({ table: ShopTable }), CheckoutModule],
    }).compile();
    try {
      const harness = moduleRef.get(MonotableTestingHarness);
      const [customer] = await harness.seed(Customer, [
        { id: 'c1', email: 'c1@example.com', name: 'C' },
      ]);
      harness.engine.requests.length = 0;
      await moduleRef.get(CheckoutService).place(customer.id, 4);
      expect(harness.engine.requests.map((r) => r.operation)).toEqual(['TransactWriteItems']);
      await expect(moduleRef.get(CheckoutService).place('nobody', 4)).rejects.toBeInstanceOf(
        TransactionCanceledError,
      );
      const orders = moduleRef.get<Repository<Order>>(getRepositoryToken(Order));
      expect((await orders.query({ customerId: 'nobody' })).items).toEqual([]);
    } finally {
      await moduleRef.close();
    }
  });

  test('with no connection of its name open, the call fails with a ConfigurationError naming it', async () => {
    const moduleRef = await Test.createTestingModule({
      providers: [LoyaltyService, { provide: getRepositoryToken(Customer), useValue: {} }],
    }).compile();
    try {
      const loyalty = moduleRef.get(LoyaltyService);
      await expect(loyalty.award('c1', 1)).rejects.toThrow(ConfigurationError);
      await expect(loyalty.award('c1', 1)).rejects.toThrow(
        /@Transactional\(\) on LoyaltyService\.award: no Monotable connection "default" is open; import MonotableModule\.forRoot\(\)/,
      );
    } finally {
      await moduleRef.close();
    }
  });
});
