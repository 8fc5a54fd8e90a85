import { Monotable } from '@monotable/core';
import { MemoryDynamoDB, uniqueTableName } from '@monotable/testing';
import type { LoggerService } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { MonotableModule, describeRequestEvent } from '../src';
import { Customer, ShopTable } from './support/shop.model';

describe("logger: 'nest'", () => {
  test('every request goes to Nest’s Logger at debug level under the Monotable context', async () => {
    const lines: string[] = [];
    const keep = (level: string) => (message: unknown, ...rest: unknown[]) => {
      if (rest.includes('Monotable')) lines.push(`${level} ${String(message)}`);
    };
    const logger: LoggerService = { log: keep('log'), error: keep('error'), warn: keep('warn'), debug: keep('debug') };
    const tableName = uniqueTableName('logged');
    const moduleRef = await Test.createTestingModule({
      imports: [
        MonotableModule.forRoot({
          client: new MemoryDynamoDB().createClient(),
          table: ShopTable,
          tableName,
          entities: [Customer],
          createTableIfMissing: true,
          logger: 'nest',
        }),
      ],
    })
      .setLogger(logger)
      .compile();
    try {
      const customers = moduleRef.get(Monotable).getRepository(Customer);
      const ada = await customers.create({ email: 'ada@example.com', name: 'Ada' });
      await customers.get({ id: ada.id });
      await customers.create({ id: ada.id, email: 'ada@example.com', name: 'Ada' }).catch(() => undefined);
      expect(lines).toEqual([
        expect.stringMatching(new RegExp(`^debug CreateTable ${tableName} \\d+\\.\\d ms$`)),
        expect.stringMatching(new RegExp(`^debug PutItem ${tableName} \\d+\\.\\d ms$`)),
        expect.stringMatching(new RegExp(`^debug GetItem ${tableName} \\d+\\.\\d ms$`)),
        expect.stringMatching(new RegExp(`^warn PutItem ${tableName} \\d+\\.\\d ms, failed: ConditionalCheckFailedException$`)),
      ]);
    } finally {
      await moduleRef.close();
    }
  });

  test('describeRequestEvent names the index, retries and consumed capacity', () => {
    expect(
      describeRequestEvent({
        operation: 'Query',
        params: { TableName: 'shop', IndexName: 'GSI1' },
        durationMs: 3.24,
        retries: 1,
        consumedCapacity: { TableName: 'shop', CapacityUnits: 0.5 },
      }),
    ).toBe('Query shop (index GSI1) 3.2 ms, 1 retry, 0.5 capacity units');
  });
});
