import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { createLocalClient, uniqueTableName, type TestBackend } from '@monotable/testing';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { readShopSettings, shopConfig, type ShopSettings } from '../../src/config';
import { configureShopApp, SHOP_APP_OPTIONS } from '../../src/configure-shop-app';
import { DYNAMODB_BACKEND, type DynamoDBBackend } from '../../src/database';

export interface ShopTestApp {
  app: NestExpressApplication;
  /** supertest on the app's HTTP server. */
  http(): ReturnType<typeof request>;
}

/**
 * A fresh client on the backend: the app destroys its client on close, so it must not be the
 * suite's shared `backend().client`.
 */
function newClient(backend: TestBackend): DynamoDBClient {
  if (backend.engine) return backend.engine.createClient();
  return createLocalClient(backend.endpoint!);
}

export interface ShopTestAppOptions {
  /**
   * Serve the app from a fresh client on this backend instead of the one its settings name; on
   * the in-process engine the app also counts sales from that engine's stream.
   */
  backend?: TestBackend;
  /** Settings in place of the environment's: by default a table of its own, no seeding. */
  settings?: Partial<ShopSettings>;
}

/**
 * The shop exactly as main.ts assembles it (without seeding or listening): AppModule with the
 * `shop` configuration (and, given a backend, the DynamoDB backend) overridden, then
 * configureShopApp. Call `init()`.
 */
export async function createShopTestApp(
  options: ShopTestAppOptions = {},
): Promise<NestExpressApplication> {
  let builder = Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(shopConfig.KEY)
    .useValue({
      ...readShopSettings({}),
      tableName: uniqueTableName('shop'),
      cursorSecret: 'test-secret',
      seed: false,
      ...options.settings,
    });
  if (options.backend) {
    const backend: DynamoDBBackend = {
      client: newClient(options.backend),
      engine: options.backend.engine,
    };
    builder = builder.overrideProvider(DYNAMODB_BACKEND).useValue(backend);
  }
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    ...SHOP_APP_OPTIONS,
    logger: false,
  });
  return configureShopApp(app);
}

/** createShopTestApp in beforeAll, initialised; closed in afterAll. */
export function useShopApp(backend: () => TestBackend): () => ShopTestApp {
  let current: ShopTestApp | undefined;
  beforeAll(async () => {
    const app = await createShopTestApp({ backend: backend() });
    await app.init();
    current = { app, http: () => request(app.getHttpServer()) };
  });
  afterAll(async () => {
    await current?.app.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('useShopApp: use the app inside hooks or tests');
    return current;
  };
}
