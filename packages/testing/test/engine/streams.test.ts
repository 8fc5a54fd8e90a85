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
    await client.send(new PutItemCommand({ TableName: 'app', Item: { PK: { S: 'a' }, SK: { S: 'b' }, ttl: { N: String(Date.parse('2030-01-02') / 1000) } } }));
    engine.clock.advance(2 * 24 * 3600 * 1000);
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
