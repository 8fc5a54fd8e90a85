import { DeleteItemCommand, DescribeTableCommand, GetItemCommand, PutItemCommand, UpdateTableCommand, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  ListStreamsCommand,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams';
import { MemoryDynamoDB } from '../../src/engine';
import { createEngine, createTable, errorOf } from './engine-test-kit';

const CREDENTIALS = { accessKeyId: 'memory', secretAccessKey: 'memory' };

function streamsClientOf(engine: MemoryDynamoDB): DynamoDBStreamsClient {
  return new DynamoDBStreamsClient({ region: 'local', credentials: CREDENTIALS, requestHandler: engine.createRequestHandler(), maxAttempts: 1 });
}

async function enableStream(engine: MemoryDynamoDB, viewType = 'NEW_AND_OLD_IMAGES'): Promise<string> {
  const { TableDescription } = await engine.createClient().send(
    new UpdateTableCommand({ TableName: 'app', StreamSpecification: { StreamEnabled: true, StreamViewType: viewType as 'KEYS_ONLY' } }),
  );
  return TableDescription!.LatestStreamArn!;
}

async function readAll(streams: DynamoDBStreamsClient, arn: string): Promise<_Record[]> {
  const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: arn }));
  const shardId = StreamDescription!.Shards![0].ShardId!;
  const { ShardIterator } = await streams.send(new GetShardIteratorCommand({ StreamArn: arn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }));
  return (await streams.send(new GetRecordsCommand({ ShardIterator }))).Records ?? [];
}

describe('DynamoDB Streams', () => {
  it('shows the stream in DescribeTable and serves its records through the Streams SDK client', async () => {
    const { engine, client } = createEngine({ clock: () => new Date('2030-01-01T00:00:00Z') });
    await createTable(client);
    const arn = await enableStream(engine);
    expect(arn).toBe('arn:aws:dynamodb:ddblocal:000000000000:table/app/stream/2030-01-01T00:00:00.000');
    const { Table } = await client.send(new DescribeTableCommand({ TableName: 'app' }));
    expect(Table).toMatchObject({
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
      LatestStreamLabel: '2030-01-01T00:00:00.000',
    });
    await client.send(new PutItemCommand({ TableName: 'app', Item: { PK: { S: 'a' }, SK: { S: 'b' }, n: { N: '1' } } }));
    await client.send(new PutItemCommand({ TableName: 'app', Item: { PK: { S: 'a' }, SK: { S: 'b' }, n: { N: '1' } } }));
    await client.send(new DeleteItemCommand({ TableName: 'app', Key: { PK: { S: 'a' }, SK: { S: 'b' } } }));
    await client.send(new DeleteItemCommand({ TableName: 'app', Key: { PK: { S: 'a' }, SK: { S: 'b' } } }));
    const records = await readAll(streamsClientOf(engine), arn);
    expect(records.map((record) => record.eventName)).toEqual(['INSERT', 'REMOVE']);
    expect(records[0]).toMatchObject({ eventVersion: '1.1', eventSource: 'aws:dynamodb', awsRegion: 'ddblocal' });
    expect(records[0].dynamodb).toMatchObject({ Keys: { PK: { S: 'a' }, SK: { S: 'b' } }, NewImage: { n: { N: '1' } }, SizeBytes: 15 });
    const sequences = records.map((record) => BigInt(record.dynamodb!.SequenceNumber!));
    expect(sequences[1]).toBeGreaterThan(sequences[0]);
  });

  it('records TTL deletions as REMOVE by the DynamoDB service', async () => {
    const { engine, client } = createEngine({ clock: () => new Date('2030-01-01T00:00:00Z') });
    await createTable(client);
    await client.send(new UpdateTimeToLiveCommand({ TableName: 'app', TimeToLiveSpecification: { Enabled: true, AttributeName: 'ttl' } }));
    const arn = await enableStream(engine, 'KEYS_ONLY');
    await client.send(new PutItemCommand({ TableName: 'app', Item: { PK: { S: 'a' }, SK: { S: 'b' }, ttl: { N: String(Date.parse('2030-01-01T12:00:00Z') / 1000) } } }));
    engine.clock.advance(13 * 3600 * 1000);
    await client.send(new GetItemCommand({ TableName: 'app', Key: { PK: { S: 'a' }, SK: { S: 'b' } } }));
    const records = await readAll(streamsClientOf(engine), arn);
    expect(records.map((record) => [record.eventName, record.userIdentity])).toEqual([
      ['INSERT', undefined],
      ['REMOVE', { Type: 'Service', PrincipalId: 'dynamodb.amazonaws.com' }],
    ]);
    expect(records[1].dynamodb).not.toHaveProperty('OldImage');
  });

  it('stops recording when the stream is disabled, and a new enable starts a new stream', async () => {
    const { engine, client } = createEngine();
    await createTable(client);
    const first = await enableStream(engine);
    await client.send(new UpdateTableCommand({ TableName: 'app', StreamSpecification: { StreamEnabled: false } }));
    await client.send(new PutItemCommand({ TableName: 'app', Item: { PK: { S: 'a' }, SK: { S: 'b' } } }));
    const second = await enableStream(engine);
    expect(second).not.toBe(first);
    const streams = streamsClientOf(engine);
    expect(await readAll(streams, first)).toEqual([]);
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: first }));
    expect(StreamDescription!.StreamStatus).toBe('DISABLED');
    const { Streams } = await streams.send(new ListStreamsCommand({ TableName: 'app' }));
    expect(Streams!.map((stream) => stream.StreamArn)).toEqual([second, first]);
  });

  it('expires shard iterators after 15 minutes', async () => {
    const { engine, client } = createEngine();
    await createTable(client);
    const arn = await enableStream(engine);
    const streams = streamsClientOf(engine);
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: arn }));
    const { ShardIterator } = await streams.send(
      new GetShardIteratorCommand({ StreamArn: arn, ShardId: StreamDescription!.Shards![0].ShardId, ShardIteratorType: 'LATEST' }),
    );
    engine.clock.advance(16 * 60 * 1000);
    expect((await errorOf(() => streams.send(new GetRecordsCommand({ ShardIterator })))).name).toBe('ExpiredIteratorException');
  });

  it('keeps records for 24 hours: older ones are trimmed, and a read at a trimmed record is TrimmedDataAccessException', async () => {
    const { engine, client } = createEngine();
    await createTable(client);
    const arn = await enableStream(engine, 'KEYS_ONLY');
    const streams = streamsClientOf(engine);
    const put = (pk: string) => client.send(new PutItemCommand({ TableName: 'app', Item: { PK: { S: pk }, SK: { S: 'x' } } }));
    const shardId = (await streams.send(new DescribeStreamCommand({ StreamArn: arn }))).StreamDescription!.Shards![0].ShardId!;
    const iterator = async (type: 'TRIM_HORIZON' | 'AT_SEQUENCE_NUMBER', SequenceNumber?: string) =>
      (await streams.send(new GetShardIteratorCommand({ StreamArn: arn, ShardId: shardId, ShardIteratorType: type, SequenceNumber }))).ShardIterator;
    const pksOf = async (ShardIterator: string | undefined) =>
      ((await streams.send(new GetRecordsCommand({ ShardIterator }))).Records ?? []).map((record) => record.dynamodb!.Keys!.PK.S);

    for (const pk of ['old1', 'old2', 'old3']) await put(pk);
    const [oldest] = (await streams.send(new GetRecordsCommand({ ShardIterator: await iterator('TRIM_HORIZON') }))).Records!;
    engine.clock.advance(24 * 60 * 60 * 1000 - 60_000);
    await put('recent');
    const fromOldest = await iterator('TRIM_HORIZON'); // issued before the old records age out
    expect(await pksOf(fromOldest)).toEqual(['old1', 'old2', 'old3', 'recent']);

    engine.clock.advance(2 * 60_000);
    await put('new'); // the three old records are now more than 24 hours old
    expect((await errorOf(() => pksOf(fromOldest))).name).toBe('TrimmedDataAccessException');
    expect((await errorOf(() => iterator('AT_SEQUENCE_NUMBER', oldest.dynamodb!.SequenceNumber))).name).toBe('TrimmedDataAccessException');
    expect(await pksOf(await iterator('TRIM_HORIZON'))).toEqual(['recent', 'new']);

    // A subscription from TRIM_HORIZON starts at the oldest record kept.
    const delivered: string[] = [];
    engine.streams.subscribe('app', (event) => void delivered.push(...event.Records.map((record) => record.dynamodb.Keys.PK.S as string)));
    await engine.streams.drain();
    expect(delivered).toEqual(['recent', 'new']);
  });

  it('a long-running stream holds a day of records, read the same after old ones are dropped', async () => {
    const { engine, client } = createEngine();
    await createTable(client);
    const arn = await enableStream(engine, 'KEYS_ONLY');
    const streams = streamsClientOf(engine);
    // 3,000 records an hour apart... compressed: 1,500 written, a day passes, 1,500 more.
    const write = async (prefix: string) => {
      for (let i = 0; i < 1500; i++) {
        await client.send(new PutItemCommand({ TableName: 'app', Item: { PK: { S: `${prefix}${i}` }, SK: { S: 'x' } } }));
      }
    };
    await write('a');
    engine.clock.advance(25 * 60 * 60 * 1000);
    await write('b');
    const records: string[] = [];
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: arn }));
    let { ShardIterator } = await streams.send(
      new GetShardIteratorCommand({ StreamArn: arn, ShardId: StreamDescription!.Shards![0].ShardId, ShardIteratorType: 'TRIM_HORIZON' }),
    );
    for (;;) {
      const page = await streams.send(new GetRecordsCommand({ ShardIterator }));
      if (!page.Records?.length) break;
      records.push(...page.Records.map((record) => record.dynamodb!.Keys!.PK.S!));
      ShardIterator = page.NextShardIterator;
    }
    expect(records).toEqual(Array.from({ length: 1500 }, (_, i) => `b${i}`));
    // Writing goes on after the trimmed records were dropped from memory.
    await client.send(new PutItemCommand({ TableName: 'app', Item: { PK: { S: 'c' }, SK: { S: 'x' } } }));
    const last = await streams.send(new GetRecordsCommand({ ShardIterator }));
    expect(last.Records!.map((record) => record.dynamodb!.Keys!.PK.S)).toEqual(['c']);
    expect(BigInt(last.Records![0].dynamodb!.SequenceNumber!)).toBeGreaterThan(0n);
  });

  it('serves the Streams API over HTTP on the same endpoint', async () => {
    const engine = new MemoryDynamoDB();
    await createTable(engine.createClient());
    const arn = await enableStream(engine);
    const server = await engine.listen();
    try {
      const streams = new DynamoDBStreamsClient({ region: 'local', endpoint: server.endpoint, credentials: CREDENTIALS, maxAttempts: 1 });
      const { Streams } = await streams.send(new ListStreamsCommand({}));
      expect(Streams!.map((stream) => stream.StreamArn)).toEqual([arn]);
      streams.destroy();
    } finally {
      await server.close();
    }
  });
});
