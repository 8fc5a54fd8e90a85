import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumer, NEST_MAJORS, runAsync } from '../support/consumer-project';

// A fresh Nest 11 and a fresh Nest 12 application (Nest 12 ships ES modules) install the packed
// packages without flags and serve requests through @monotable/nestjs: repositories, the
// exception filter, the health indicator, @Transactional() services, startup retries and the
// testing module. Nest 11 comes from the npm cache the workspace filled, Nest 12 from the registry.
const APP = `import 'reflect-metadata';
import { Body, Controller, Get, Injectable, Module, Param, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Attribute, Entity, Generated, Table, increment, type Repository } from '@monotable/core';
import {
  InjectRepository, MonotableExceptionFilter, MonotableHealthIndicator, MonotableModule, Transactional,
} from '@monotable/nestjs';
import { MonotableTestingHarness, MonotableTestingModule } from '@monotable/nestjs/testing';

const ShopTable = new Table({ name: 'shop', partitionKey: 'PK', sortKey: 'SK' });

@Entity({ table: ShopTable, pk: 'CUSTOMER#{id}', sk: 'PROFILE' })
class Customer {
  @Attribute() id!: string;
  @Attribute() name!: string;
  @Attribute({ type: 'number' }) points = 0;
}

@Entity({ table: ShopTable, pk: 'CUSTOMER#{customerId}', sk: 'ORDER#{id}' })
class Order {
  @Attribute() customerId!: string;
  @Generated('ulid') @Attribute() id!: string;
  @Attribute({ type: 'number' }) total!: number;
}

@Injectable()
class OrdersService {
  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    @InjectRepository(Order) private readonly orders: Repository<Order>,
  ) {}

  @Transactional()
  async place(customerId: string, total: number) {
    const order = await this.orders.create({ customerId, total });
    await this.customers.update({ id: customerId }, { points: increment(total) }, { returnItem: false });
    return order;
  }

  async list(customerId: string) {
    return (await this.orders.query({ customerId })).items.length;
  }
}

@Controller('customers')
class CustomersController {
  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    private readonly orders: OrdersService,
    private readonly health: MonotableHealthIndicator,
  ) {}

  @Get('health')
  ping() {
    return this.health.pingCheck('dynamodb');
  }

  @Get(':id')
  find(@Param('id') id: string) {
    return this.customers.getOrFail({ id });
  }

  @Post(':id/orders')
  async place(@Param('id') id: string, @Body('total') total: number) {
    await this.orders.place(id, total);
    return { orders: await this.orders.list(id) };
  }
}

@Module({
  imports: [MonotableModule.forFeature([Customer, Order])],
  controllers: [CustomersController],
  providers: [MonotableHealthIndicator, OrdersService],
})
class ShopModule {}

@Module({ imports: [MonotableTestingModule.forRoot({ table: ShopTable }), ShopModule] })
class AppModule {}

// An application on the in-process engine, over HTTP.
const app = await NestFactory.create(AppModule, { logger: false });
app.useGlobalFilters(new MonotableExceptionFilter(app.getHttpAdapter()));
await app.listen(0, '127.0.0.1');
await app.get(MonotableTestingHarness).seed(Customer, [{ id: 'c1', name: 'Ada' }]);
const base = await app.getUrl();
const send = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  console.log(response.status, JSON.stringify(await response.json()));
};
await send('GET', '/customers/c1');
await send('GET', '/customers/nobody');
await send('GET', '/customers/health');
await send('POST', '/customers/c1/orders', { total: 5 });
await send('POST', '/customers/nobody/orders', { total: 5 });
await send('GET', '/customers/c1');
await app.close();

// The same service unit-tested on a testing module, compiled only.
const moduleRef = await Test.createTestingModule({
  imports: [MonotableTestingModule.forRoot({ table: ShopTable }), ShopModule],
}).compile();
const harness = moduleRef.get(MonotableTestingHarness);
await harness.seed(Customer, [{ id: 'c2', name: 'Grace' }]);
harness.engine.requests.length = 0;
await moduleRef.get(OrdersService).place('c2', 3);
console.log('testing module', JSON.stringify(harness.engine.requests.map((r) => r.operation)));
await moduleRef.close();

// An unreachable endpoint: retried, then reported with the connection and the endpoint.
@Module({
  imports: [
    MonotableModule.forRoot({
      client: new DynamoDBClient({
        endpoint: 'http://127.0.0.1:9', region: 'local', credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
        maxAttempts: 1,
      }),
      table: ShopTable,
      entities: [Customer],
      retryAttempts: 1,
      retryDelay: 10,
    }),
  ],
})
class UnreachableModule {}
const failure = await NestFactory.create(UnreachableModule, { logger: false, abortOnError: false }).catch((error) => error);
console.log('unreachable', String(failure?.message).split(':')[0]);
`;

const TSCONFIG = {
  compilerOptions: {
    module: 'nodenext',
    target: 'es2022',
    lib: ['es2022', 'dom'],
    types: [],
    strict: true,
    skipLibCheck: true,
    experimentalDecorators: true,
    emitDecoratorMetadata: true,
  },
};

describe('fresh Nest applications', () => {
  // Installed by the global setup (support/prepare-project.js), one project per major.
  const { work } = consumer();
  const appOf = (major: number) => join(work, `nest${major}`);

  /** Each app compiled by tsc and run, both at once (each is one CPU-bound tsc). */
  const runs = new Map<number, Promise<{ nest: string; printed: string[] }>>();
  const compileAndRun = (major: number) => {
    const app = appOf(major);
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
    writeFileSync(join(app, 'main.ts'), APP);
    return (async () => {
      const nest = JSON.parse(
        await runAsync('node', ['-p', "JSON.stringify(require('@nestjs/core/package.json').version)"], {
          cwd: app,
        }),
      );
      await runAsync('npx', ['tsc', '-p', '.'], { cwd: app });
      const printed = (await runAsync('node', ['main.js'], { cwd: app })).trim().split('\n');
      return { nest, printed };
    })();
  };
  beforeAll(() => {
    for (const major of NEST_MAJORS) {
      const result = compileAndRun(major);
      result.catch(() => undefined); // reported by its own test
      runs.set(major, result);
    }
  });

  test.each(NEST_MAJORS)(
    'Nest %i: repositories, filter, health, transactions, testing module and retries work',
    async (major) => {
      const { nest, printed } = await runs.get(major)!;
      expect(nest).toMatch(new RegExp(`^${major}\\.`));
      expect(printed[0]).toBe('200 {"id":"c1","name":"Ada","points":0}');
      expect(JSON.parse(printed[1].slice(4))).toEqual({
        statusCode: 404,
        error: 'Not Found',
        code: 'ITEM_NOT_FOUND',
        message: 'Customer {id: "nobody"} not found',
      });
      expect(printed[2]).toBe(
        '200 {"dynamodb":{"status":"up","table":"shop","tableStatus":"ACTIVE"}}',
      );
      expect(printed[3]).toBe('201 {"orders":1}');
      // The order of an unknown customer is not written: the whole transaction is cancelled.
      expect(printed[4]).toMatch(/^409 \{"statusCode":409,.*"code":"TRANSACTION_CANCELED"/);
      expect(printed[5]).toBe('200 {"id":"c1","name":"Ada","points":5}');
      expect(printed[6]).toBe('testing module ["TransactWriteItems"]');
      expect(printed[7]).toBe(
        'unreachable Could not open connection "default" (table shop at http',
      );
    },
  );
});
