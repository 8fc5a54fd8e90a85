import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { describeEachBackend, uniqueTableName } from '@monotable/testing';
import { Controller, Get, Module, type INestApplication } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TerminusModule } from '@nestjs/terminus';
import request from 'supertest';
import { MonotableHealthIndicator, MonotableModule } from '../src';
import { newClient } from './support/backend-access';
import { createHttpApp } from './support/create-http-app';
import { Customer, ShopTable } from './support/shop.model';

@Controller('health')
class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly monotable: MonotableHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.monotable.pingCheck('dynamodb'),
      () => this.monotable.pingCheck('audit', { connection: 'nobody' }),
    ]);
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.monotable.pingCheck('dynamodb', { timeout: 500 })]);
  }
}

@Module({
  imports: [TerminusModule],
  controllers: [HealthController],
  providers: [MonotableHealthIndicator],
})
class HealthModule {}

describeEachBackend('MonotableHealthIndicator with @nestjs/terminus', (backend) => {
  let app: INestApplication;
  const tableName = uniqueTableName('health');

  beforeAll(async () => {
    app = await createHttpApp([
      MonotableModule.forRoot({
        client: newClient(backend()),
        table: ShopTable,
        tableName,
        entities: [Customer],
        createTableIfMissing: true,
      }),
      HealthModule,
    ]);
  });
  afterAll(() => app?.close());

  test('an ACTIVE table is up; an unknown connection is down, and the check answers 503', async () => {
    const ready = await request(app.getHttpServer()).get('/health/ready').expect(200);
    expect(ready.body).toEqual({
      status: 'ok',
      info: { dynamodb: { status: 'up', table: tableName, tableStatus: 'ACTIVE' } },
      error: {},
      details: { dynamodb: { status: 'up', table: tableName, tableStatus: 'ACTIVE' } },
    });
    const both = await request(app.getHttpServer()).get('/health').expect(503);
    expect(both.body.error).toEqual({
      audit: { status: 'down', connection: 'nobody', message: 'No monotable connection named "nobody"' },
    });
  });

  test('a table that is gone is down, with the reason', async () => {
    await backend().client.send(new DeleteTableCommand({ TableName: tableName }));
    const response = await request(app.getHttpServer()).get('/health/ready').expect(503);
    expect(response.body.error.dynamodb).toEqual({
      status: 'down',
      table: tableName,
      message: expect.stringMatching(/^ResourceNotFoundException: /),
    });
  });
});
