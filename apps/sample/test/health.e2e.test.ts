import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { Monotable } from '@monotable/core';
import { describeEachBackend, MemoryDynamoDB, type EngineServer } from '@monotable/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createShopTestApp, useShopApp } from './support/shop-test-app';

describeEachBackend('GET /health', (backend) => {
  const shop = useShopApp(backend);
  const http = () => shop().http();

  test('200 while the table is ACTIVE, with what terminus reports', async () => {
    const { tableName } = shop().app.get(Monotable);
    const response = await http().get('/health').expect(200);
    expect(response.headers['cache-control']).toBe('no-cache, no-store, must-revalidate');
    expect(response.body).toEqual({
      status: 'ok',
      info: { dynamodb: { status: 'up', table: tableName, tableStatus: 'ACTIVE' } },
      error: {},
      details: { dynamodb: { status: 'up', table: tableName, tableStatus: 'ACTIVE' } },
    });
  });

  test('503 SERVICE_UNAVAILABLE naming the reason once the table is gone', async () => {
    const { tableName } = shop().app.get(Monotable);
    await backend().client.send(new DeleteTableCommand({ TableName: tableName }));
    const response = await http().get('/health').expect(503);
    expect(response.body).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      code: 'SERVICE_UNAVAILABLE',
      message: expect.stringMatching(/^Unhealthy: dynamodb \(ResourceNotFoundException: /),
      status: 'error',
      info: {},
      details: {
        dynamodb: {
          status: 'down',
          table: tableName,
          message: expect.stringMatching(/^ResourceNotFoundException: /),
        },
      },
    });
  });
});

describe('GET /health with DYNAMODB_ENDPOINT', () => {
  let server: EngineServer | undefined;
  let app: NestExpressApplication | undefined;

  beforeAll(async () => {
    server = await new MemoryDynamoDB().listen();
    // No client is overridden: the app builds its own from the settings, as main.ts does.
    app = await createShopTestApp({
      settings: { backend: 'endpoint', endpoint: server.endpoint },
    });
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  test('503 once the DynamoDB at the endpoint is unreachable', async () => {
    await request(app!.getHttpServer()).get('/health').expect(200);
    await server!.close();
    server = undefined;
    const response = await request(app!.getHttpServer()).get('/health').expect(503);
    expect(response.body).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      message: expect.stringMatching(/^Unhealthy: dynamodb \(.*ECONNREFUSED/),
      details: { dynamodb: { status: 'down', message: expect.stringContaining('ECONNREFUSED') } },
    });
  });
});
