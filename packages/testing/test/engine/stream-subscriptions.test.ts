import { AsyncLocalStorage } from 'node:async_hooks';
import {
  CreateTableCommand,
  GetItemCommand,
  PutItemCommand,
  UpdateTimeToLiveCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { MemoryDynamoDB, type StreamEventBatch } from '../../src';

/** engine.streams: Lambda's event source mapping, in process. */
describe('engine.streams.subscribe and drain', () => {
  let engine: MemoryDynamoDB;
  let client: DynamoDBClient;

  const put = (pk: string, extra: Record<string, any> = {}) =>
    client.send(new PutItemCommand({ TableName: 'events', Item: { pk: { S: pk }, ...extra } }));
  const pks = (batch: StreamEventBatch) =>
    batch.Records.map((record) => record.dynamodb.Keys.pk.S as string);

  beforeEach(async () => {
    engine = new MemoryDynamoDB();
    client = engine.createClient();
    await client.send(
      new CreateTableCommand({
        TableName: 'events',
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
      }),
    );
  });
  afterEach(() => client.destroy());

  test('records reach the handler in order, shaped as a Lambda DynamoDBStreamEvent', async () => {
    const batches: StreamEventBatch[] = [];
    engine.streams.subscribe('events', (batch) => void batches.push(batch));
    await put('a', { blob: { B: new Uint8Array([1, 2, 3]) } });
    await put('a', { n: { N: '2' } });
    await put('b');
    await engine.streams.drain();

    const records = batches.flatMap((batch) => batch.Records);
    expect(records.map((r) => [r.eventName, r.dynamodb.Keys.pk.S])).toEqual([
      ['INSERT', 'a'],
      ['MODIFY', 'a'],
      ['INSERT', 'b'],
    ]);
    expect(records[0]).toMatchObject({
      eventSource: 'aws:dynamodb',
      eventVersion: '1.1',
      eventSourceARN: expect.stringMatching(/:table\/events\/stream\//),
      dynamodb: { NewImage: { blob: { B: 'AQID' } }, StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
    expect(records[1].dynamodb.OldImage).toEqual({ pk: { S: 'a' }, blob: { B: 'AQID' } });
  });

  test('a throwing handler gets the same batch again until it succeeds', async () => {
    const calls: string[][] = [];
    let failures = 2;
    engine.streams.subscribe('events', (batch) => {
      calls.push(pks(batch));
      if (failures-- > 0) throw new Error('not yet');
    });
    await put('a');
    await engine.streams.drain();
    expect(calls).toEqual([['a'], ['a'], ['a']]);
  });

  test('a partial batch response resumes from the first failed record', async () => {
    const calls: string[][] = [];
    let first = true;
    const subscription = engine.streams.subscribe(
      'events',
      (batch) => {
        calls.push(pks(batch));
        if (!first) return { batchItemFailures: [] };
        first = false;
        const failed = batch.Records.find((r) => r.dynamodb.Keys.pk.S === 'b')!;
        return { batchItemFailures: [{ itemIdentifier: failed.dynamodb.SequenceNumber }] };
      },
      { startingPosition: 'LATEST' },
    );
    // Written before the handler runs, so the first batch holds all three.
    await Promise.all([put('a'), put('b'), put('c')].map((write) => write));
    await engine.streams.drain();
    expect(calls[0].sort()).toEqual(['a', 'b', 'c']);
    expect(calls[1]).toEqual(calls[0].slice(calls[0].indexOf('b')));
    expect(subscription.discarded).toEqual([]);
  });

  test('after maxRetries the batch is discarded and delivery goes on; bisectOnError halves a failing batch', async () => {
    const sizes: number[] = [];
    const subscription = engine.streams.subscribe(
      'events',
      (batch) => {
        sizes.push(batch.Records.length);
        if (pks(batch).includes('poison')) throw new Error('cannot handle it');
      },
      { maxRetries: 2, bisectOnError: true, batchSize: 4 },
    );
    await Promise.all([put('x1'), put('poison'), put('x2'), put('x3')]);
    await put('after');
    await engine.streams.drain();

    expect(subscription.discarded.map((r) => r.dynamodb.Keys.pk.S)).toEqual(['poison']);
    expect(sizes.slice(0, 3)).toEqual([4, 2, 1]);
  });

  test('drain waits for records the handlers themselves write', async () => {
    const seen: string[] = [];
    engine.streams.subscribe('events', async (batch) => {
      for (const pk of pks(batch)) {
        seen.push(pk);
        if (pk.length < 3) await put(`${pk}+`);
      }
    });
    await put('a');
    await engine.streams.drain();
    expect(seen).toEqual(['a', 'a+', 'a++']);
  });

  test('a TTL deletion carries the service identity in Lambda spelling; unsubscribe stops delivery', async () => {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: 'events',
        TimeToLiveSpecification: { Enabled: true, AttributeName: 'ttl' },
      }),
    );
    const records: StreamEventBatch['Records'] = [];
    const subscription = engine.streams.subscribe(
      'events',
      (batch) => void records.push(...batch.Records),
      {
        startingPosition: 'LATEST',
      },
    );
    await put('short', { ttl: { N: String(Math.floor(engine.clock.nowMs() / 1000) + 10) } });
    engine.clock.advance(11_000);
    // The engine deletes an expired item when the table is next read.
    await client.send(new GetItemCommand({ TableName: 'events', Key: { pk: { S: 'short' } } }));
    await engine.streams.drain();
    const removal = records.find((r) => r.eventName === 'REMOVE');
    expect(removal?.userIdentity).toEqual({
      type: 'Service',
      principalId: 'dynamodb.amazonaws.com',
    });

    subscription.unsubscribe();
    const count = records.length;
    await put('late');
    await engine.streams.drain();
    expect(records).toHaveLength(count);
  });

  test("the handler runs in the subscriber's async context, not in that of the write it handles", async () => {
    const scope = new AsyncLocalStorage<string>();
    const seen: (string | undefined)[] = [];
    scope.run('startup', () =>
      engine.streams.subscribe('events', () => void seen.push(scope.getStore())),
    );
    await engine.streams.drain();
    for (const request of ['request 1', 'request 2']) {
      // Delivery starts inside the write that appends the record.
      await scope.run(request, () => put(request));
      await engine.streams.drain();
    }
    expect(seen).toEqual(['startup', 'startup']);
  });

  test('retryDelayMs waits before each retry, doubling', async () => {
    const calls: number[] = [];
    engine.streams.subscribe(
      'events',
      () => {
        calls.push(performance.now());
        if (calls.length < 3) throw new Error('not yet');
      },
      { retryDelayMs: 40 },
    );
    await put('a');
    await engine.streams.drain();
    expect(calls).toHaveLength(3);
    // setTimeout may fire a millisecond early: allow for it.
    expect(calls[1] - calls[0]).toBeGreaterThanOrEqual(39);
    expect(calls[2] - calls[1]).toBeGreaterThanOrEqual(79);
  });

  test('a table without an enabled stream cannot be subscribed to', async () => {
    expect(() => engine.streams.subscribe('nope', () => undefined)).toThrow(
      'Table nope has no enabled stream to subscribe to',
    );
  });
});
