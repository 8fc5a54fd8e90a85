import { ItemNotFoundError } from '@monotable/core';
import { MemoryDynamoDB } from '@monotable/testing';
import { Test, type TestingModule } from '@nestjs/testing';
import { MonotableTestingHarness, MonotableTestingModule } from '@monotable/nestjs/testing';
import { CustomersModule } from './support/customers.module';
import { CustomersService } from './support/customers.service';
import { Customer, ShopTable } from './support/shop.model';

// A service that injects repositories and the connection, tested on a fresh in-process engine
// with one import in place of the application's MonotableModule.forRoot.
describe('MonotableTestingModule', () => {
  let moduleRef: TestingModule;
  let harness: MonotableTestingHarness;
  let service: CustomersService;

  beforeAll(async () => {
    moduleRef = await Test.createTestingModule({
      imports: [MonotableTestingModule.forRoot({ table: ShopTable }), CustomersModule],
    }).compile();
    harness = moduleRef.get(MonotableTestingHarness);
    service = moduleRef.get(CustomersService);
  });
  afterAll(() => moduleRef.close());
  beforeEach(() => harness.reset());

  test('the table exists with the entities forFeature registered; seeded items are read back by the service', async () => {
    const [ada] = await harness.seed(Customer, [{ email: 'ada@example.com', name: 'Ada' }]);
    expect(ada).toBeInstanceOf(Customer);
    await expect(service.find(ada.id)).resolves.toMatchObject({ email: 'ada@example.com', version: 1 });
    expect(harness.engine.requests.map((r) => r.operation)).toEqual(['PutItem', 'GetItem']);
  });

  test('reset() empties the table between tests', async () => {
    await harness.seed(Customer, [{ id: 'c1', email: 'c1@example.com', name: 'One' }]);
    await harness.reset();
    await expect(service.find('c1')).rejects.toBeInstanceOf(ItemNotFoundError);
  });

  test('an engine of your own: faults and clock set up by the test', async () => {
    const engine = new MemoryDynamoDB({ seed: 7 });
    const own = await Test.createTestingModule({
      imports: [MonotableTestingModule.forRoot({ table: ShopTable, engine }), CustomersModule],
    }).compile();
    try {
      expect(own.get(MonotableTestingHarness).engine).toBe(engine);
      engine.faults.throttle({ operation: 'GetItem', rate: 1, count: 1 }); // the SDK retries it
      await own.get(MonotableTestingHarness).seed(Customer, [{ id: 'c2', email: 'c2@example.com', name: 'Two' }]);
      await expect(own.get(CustomersService).find('c2')).resolves.toMatchObject({ name: 'Two' });
    } finally {
      await own.close();
    }
  });
});
