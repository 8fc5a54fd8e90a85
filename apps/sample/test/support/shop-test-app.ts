import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createLocalClient, uniqueTableName, type TestBackend } from '@monotable/testing';
import request from 'supertest';
import { createShopApp } from '../../src/create-shop-app';

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

/**
 * Boots the shop exactly as main.ts assembles it (without seeding or listening) on its own
 * table of the suite's backend, in beforeAll; closes it in afterAll.
 */
export function useShopApp(backend: () => TestBackend): () => ShopTestApp {
  let current: ShopTestApp | undefined;
  beforeAll(async () => {
    const app = await createShopApp({
      client: newClient(backend()),
      tableName: uniqueTableName('shop'),
      cursorSecret: 'test-secret',
      logger: false,
    });
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
