import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ConfigurationError, Monotable } from '@monotable/core';
import { MemoryDynamoDB, findFreePort, uniqueTableName } from '@monotable/testing';
import type { LoggerService } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { MonotableModule, type MonotableModuleOptions } from '../src';
import { Customer, ShopTable } from './support/shop.model';

/** A Nest logger that keeps every line logged under the MonotableModule context. */
function captureLogs(): LoggerService & { lines: string[] } {
  const lines: string[] = [];
  const keep = (level: string) => (message: unknown, ...rest: unknown[]) => {
    if (rest.includes('MonotableModule')) lines.push(`${level} ${String(message)}`);
  };
  return { lines, log: keep('log'), error: keep('error'), warn: keep('warn') };
}

function clientAt(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
}

let logs: ReturnType<typeof captureLogs>;

function boot(options: MonotableModuleOptions) {
  return Test.createTestingModule({ imports: [MonotableModule.forRoot(options)] })
    .setLogger(logs)
    .compile();
}

describe('MonotableModule at startup', () => {
  let engine: MemoryDynamoDB;
  let server: { endpoint: string; close(): Promise<void> } | undefined;
  beforeEach(() => {
    logs = captureLogs();
    engine = new MemoryDynamoDB();
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  test('a missing table stops the application, naming the connection, table and endpoint', async () => {
    server = await engine.listen(0);
    const tableName = uniqueTableName('missing');
    const failure = boot({ client: clientAt(server.endpoint), table: ShopTable, tableName, entities: [Customer] });
    await expect(failure).rejects.toThrow(ConfigurationError);
    await expect(failure).rejects.toThrow(
      `The table of connection "default" (table ${tableName} at ${server.endpoint}) does not exist: ` +
        'create it from db.tableDefinition() (or set createTableIfMissing in development), or fix tableName, the endpoint or the region',
    );
    // Not retried: a retry cannot create the table.
    expect(engine.requests.map((r) => r.operation)).toEqual(['DescribeTable']);
  });

  test('an unreachable endpoint is retried, logged, then reported with the endpoint', async () => {
    const endpoint = `http://127.0.0.1:${await findFreePort()}`;
    const failure = boot({
      client: clientAt(endpoint),
      table: ShopTable,
      entities: [Customer],
      retryAttempts: 2,
      retryDelay: 20,
    });
    await expect(failure).rejects.toThrow(
      new RegExp(`^Could not open connection "default" \\(table shop at ${endpoint}\\) after 3 attempts: .*ECONNREFUSED`),
    );
    expect(logs.lines.filter((line) => line.startsWith('error'))).toEqual([
      expect.stringMatching(new RegExp(`^error Unable to reach connection "default" \\(table shop at ${endpoint}\\): .*Retrying \\(1/2\\) in 20 ms`)),
      expect.stringMatching(/Retrying \(2\/2\) in 20 ms/),
    ]);
  });

  test('retries reach DynamoDB once it comes up; the table is created and the opening logged', async () => {
    const port = await findFreePort();
    const endpoint = `http://127.0.0.1:${port}`;
    const tableName = uniqueTableName('late');
    const starting = boot({
      client: clientAt(endpoint),
      table: ShopTable,
      tableName,
      entities: [Customer],
      createTableIfMissing: true,
      retryAttempts: 20,
      retryDelay: 50,
    });
    await new Promise((resolve) => setTimeout(resolve, 120));
    server = await engine.listen(port);
    const moduleRef = await starting;
    try {
      expect(moduleRef.get(Monotable).tableName).toBe(tableName);
      expect(logs.lines.some((line) => line.startsWith('error Unable to reach'))).toBe(true);
      expect(logs.lines.slice(-2)).toEqual([
        `log Created the table of connection "default" (table ${tableName} at ${endpoint})`,
        `log Opened connection "default" (table ${tableName} at ${endpoint})`,
      ]);
    } finally {
      await moduleRef.close();
    }
  });

  test('verifyTableOnStart: false leaves the check to the first request', async () => {
    server = await engine.listen(0);
    const moduleRef = await boot({
      client: clientAt(server.endpoint),
      table: ShopTable,
      tableName: uniqueTableName('unchecked'),
      entities: [Customer],
      verifyTableOnStart: false,
    });
    expect(engine.requests).toEqual([]);
    await moduleRef.close();
  });
});
