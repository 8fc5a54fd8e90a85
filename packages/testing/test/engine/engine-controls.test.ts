import { DescribeTableCommand, ProvisionedThroughputExceededException, ThrottlingException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { MemoryDynamoDB } from '../../src/engine';
import { createEngine, createTable, errorOf } from './engine-test-kit';

describe('engine controls: requests, faults, snapshots, clock', () => {
  it('records every request with its operation and JSON input', async () => {
    const { client, documents, engine } = createEngine();
    await createTable(client);
    engine.clearRequests();
    await documents.send(new PutCommand({ TableName: 'app', Item: { PK: 'a', SK: 'b' } }));
    expect(engine.requests).toEqual([
      { operation: 'PutItem', params: { TableName: 'app', Item: { PK: { S: 'a' }, SK: { S: 'b' } } }, at: expect.any(Date) },
    ]);
  });

  it('throttles the chosen fraction of matching requests, deterministically', async () => {
    const outcomes = async () => {
      const { client, documents, engine } = createEngine({ seed: 7 });
      await createTable(client);
      engine.faults.throttle({ operation: 'GetItem', rate: 0.5 });
      const results: string[] = [];
      for (let i = 0; i < 20; i++) {
        try {
          await documents.send(new GetCommand({ TableName: 'app', Key: { PK: 'a', SK: 'b' } }));
          results.push('ok');
        } catch (error) {
          expect(error).toBeInstanceOf(ProvisionedThroughputExceededException);
          results.push('throttled');
        }
      }
      await documents.send(new ScanCommand({ TableName: 'app' }));
      return results;
    };
    const first = await outcomes();
    expect(first.filter((result) => result === 'throttled').length).toBeGreaterThan(3);
    expect(first.filter((result) => result === 'ok').length).toBeGreaterThan(3);
    expect(await outcomes()).toEqual(first);
  });

  it('lets the SDK retry a throttled request, as in production', async () => {
    const engine = new MemoryDynamoDB();
    const client = engine.createClient({ maxAttempts: 3 });
    await createTable(client);
    engine.faults.throttle({ rate: 1, count: 2, error: 'ThrottlingException' });
    await client.send(new DescribeTableCommand({ TableName: 'app' }));
    expect(engine.requests.filter((request) => request.operation === 'DescribeTable')).toHaveLength(3);
    engine.faults.throttle({ rate: 1, count: 1, error: 'ThrottlingException' });
    const single = engine.createClient({ maxAttempts: 1 });
    const error = await errorOf(() => single.send(new DescribeTableCommand({ TableName: 'app' })));
    expect(error).toBeInstanceOf(ThrottlingException);
    engine.faults.clear();
  });

  it('restores a snapshot and resets', async () => {
    const { client, documents, engine } = createEngine();
    await createTable(client);
    await documents.send(new PutCommand({ TableName: 'app', Item: { PK: 'a', SK: 'b', v: 1, bin: new Uint8Array([9]) } }));
    const snapshot = engine.snapshot();
    await documents.send(new PutCommand({ TableName: 'app', Item: { PK: 'a', SK: 'b', v: 2 } }));
    engine.restore(snapshot);
    expect((await documents.send(new GetCommand({ TableName: 'app', Key: { PK: 'a', SK: 'b' } }))).Item).toEqual({
      PK: 'a',
      SK: 'b',
      v: 1,
      bin: new Uint8Array([9]),
    });
    engine.reset();
    expect(engine.requests).toEqual([]);
    const error = await errorOf(() => documents.send(new GetCommand({ TableName: 'app', Key: { PK: 'a', SK: 'b' } })));
    expect(error.name).toBe('ResourceNotFoundException');
  });

  it('uses the injected clock for table timestamps', async () => {
    const { client, engine } = createEngine({ clock: () => new Date('2030-06-01T00:00:00Z') });
    engine.clock.advance(1000);
    await createTable(client);
    const { Table: table } = await client.send(new DescribeTableCommand({ TableName: 'app' }));
    expect(table?.CreationDateTime?.toISOString()).toBe('2030-06-01T00:00:01.000Z');
  });
});
