import { describeEachBackend } from '@monotable/testing';
import type { RequestLogEvent } from '../src';
import { connect } from './fixtures/connect';
import { Product } from './fixtures/model';

describeEachBackend('Logger and consumed capacity', (backend) => {
  test('the logger receives every request with its params, duration, retries and consumed capacity', async () => {
    const events: RequestLogEvent[] = [];
    const db = await connect(backend().client, {
      logger: (event) => events.push(event),
      consumedCapacity: 'TOTAL',
    });
    const products = db.getRepository(Product);
    await products.create({ sku: 'L1', title: 'Logged', stock: 1 });
    await products.get({ sku: 'L1' });
    await products.create({ sku: 'L1', title: 'Again', stock: 1 }).catch(() => undefined);

    expect(events.map((e) => e.operation)).toEqual([
      'CreateTable',
      'PutItem',
      'GetItem',
      'PutItem',
    ]);
    const [, put, get, failed] = events;
    expect(put.params.Item).toMatchObject({ PK: 'PRODUCT#L1', title: 'Logged' });
    expect(put.params.ReturnConsumedCapacity).toBe('TOTAL');
    expect(put.durationMs).toBeGreaterThan(0);
    expect(put.retries).toBe(0);
    expect(put.consumedCapacity).toMatchObject({ TableName: db.tableName, CapacityUnits: 1 });
    expect(get.consumedCapacity).toMatchObject({ CapacityUnits: 0.5 });
    expect((failed.error as Error).name).toBe('ConditionalCheckFailedException');
  });
});
