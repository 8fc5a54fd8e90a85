import { MemoryDynamoDB } from '@monotable/testing';
import { BatchWriteError } from '../src';
import { connect } from './fixtures/connect';
import { Product } from './fixtures/model';

/** Fault injection (in-process engine only): batches retry harder and still lose nothing. */
describe('batches under injected faults', () => {
  const fastRetry = { baseDelayMs: 1, maxDelayMs: 5 };

  test('half of every batch left unprocessed and 30% throttled: all 1,000 items written and read back', async () => {
    const engine = new MemoryDynamoDB({ seed: 7 });
    // The SDK's own retries (slow, jittered) are off, so monotable's retry policy does all the work.
    const db = await connect(engine.createClient({ maxAttempts: 1 }), {
      retry: { ...fastRetry, maxAttempts: 30 },
    });
    const products = db.getRepository(Product);
    engine.faults.unprocessed({ operation: 'BatchWriteItem', ratio: 0.5 });
    engine.faults.unprocessed({ operation: 'BatchGetItem', ratio: 0.5 });
    engine.faults.throttle({ operation: 'BatchWriteItem', rate: 0.3 });
    const data = Array.from({ length: 1000 }, (_, i) => ({
      sku: `F${i}`,
      title: `t${i}`,
      stock: i,
    }));

    engine.clearRequests();
    await products.batchPut(data);
    const writes = engine.requests.filter((r) => r.operation === 'BatchWriteItem').length;
    expect(writes).toBeGreaterThan(40); // 40 requests would do without faults

    const got = await products.batchGet(data.map(({ sku }) => ({ sku })));
    expect(got.map((p) => p?.stock)).toEqual(data.map((d) => d.stock));
    const gets = engine.requests.filter((r) => r.operation === 'BatchGetItem').length;
    expect(gets).toBeGreaterThan(10);

    engine.faults.clear();
    expect(await products.count({ sku: 'F999' })).toBe(1);
  });

  test('when every attempt is left unprocessed, BatchWriteError lists exactly the items not written', async () => {
    const engine = new MemoryDynamoDB({ seed: 1 });
    const db = await connect(engine.createClient(), { retry: { ...fastRetry, maxAttempts: 3 } });
    engine.faults.unprocessed({ operation: 'BatchWriteItem', ratio: 1 });
    const error = await db
      .getRepository(Product)
      .batchPut([
        { sku: 'A', title: 'a', stock: 1 },
        { sku: 'B', title: 'b', stock: 2 },
      ])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BatchWriteError);
    expect(
      (error as BatchWriteError).unprocessed.map((u) => u.item.sku ?? u.item.PK).sort(),
    ).toEqual(['A', 'B']);
    engine.faults.clear();
    expect(await db.getRepository(Product).get({ sku: 'A' })).toBeUndefined();
  });
});
