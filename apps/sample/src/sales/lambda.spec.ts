import { Monotable } from '@monotable/core';
import { MemoryDynamoDB, type EngineServer } from '@monotable/testing';
import { OrderLine, Product, SHOP_ENTITIES, ShopTable } from '../model';

/** What Lambda's runtime would set: the table, and the AWS configuration (here: the engine). */
const LAMBDA_ENVIRONMENT = {
  TABLE_NAME: 'shop-lambda',
  AWS_REGION: 'local',
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
};

describe('the Lambda function (lambda.ts) on an event source mapping', () => {
  const engine = new MemoryDynamoDB();
  const saved = { ...process.env };
  let server: EngineServer;
  let db: Monotable;

  beforeAll(async () => {
    server = await engine.listen();
    Object.assign(process.env, LAMBDA_ENVIRONMENT, { AWS_ENDPOINT_URL_DYNAMODB: server.endpoint });
    db = new Monotable({
      client: engine.createClient(),
      table: ShopTable,
      tableName: LAMBDA_ENVIRONMENT.TABLE_NAME,
      entities: SHOP_ENTITIES,
    });
    await db.createTable();
  });
  afterAll(async () => {
    process.env = saved;
    await server.close();
  });

  test('counts each order line of the records it is handed into its product, once', async () => {
    const { handler } = await import('./lambda');
    await db
      .getRepository(Product)
      .create({ sku: 'rope', name: 'Rope', category: 'tools', price: 500, stock: 9 });
    engine.streams.subscribe(LAMBDA_ENVIRONMENT.TABLE_NAME, handler);
    // And a second mapping reading the same stream: each record is delivered twice.
    engine.streams.subscribe(LAMBDA_ENVIRONMENT.TABLE_NAME, handler);

    const placedAt = new Date();
    const line = { sku: 'rope', customerId: 'ada', productName: 'Rope', unitPrice: 500, placedAt };
    await db.getRepository(OrderLine).create({ ...line, orderId: 'o1', quantity: 2 });
    await db.getRepository(OrderLine).create({ ...line, orderId: 'o2', quantity: 3 });
    await engine.streams.drain();

    expect(await db.getRepository(Product).getOrFail({ sku: 'rope' })).toMatchObject({
      stock: 9,
      sold: 5,
    });
  });
});
