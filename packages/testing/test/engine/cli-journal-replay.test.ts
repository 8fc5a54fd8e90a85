import {
  BatchWriteItemCommand,
  CreateTableCommand,
  DeleteItemCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  GetItemCommand,
  ListTablesCommand,
  PutItemCommand,
  ScanCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clientFor, startCli, stopCli } from './cli-test-kit';
import { createTable, gsi } from './engine-test-kit';

/** Everything a client can observe of the server's tables, items and indexes. */
async function observe(client: DynamoDBClient) {
  const names = (await client.send(new ListTablesCommand({}))).TableNames ?? [];
  const tables = [];
  for (const name of names) {
    const { Table: table } = await client.send(new DescribeTableCommand({ TableName: name }));
    const scans = [(await client.send(new ScanCommand({ TableName: name }))).Items];
    for (const index of table?.GlobalSecondaryIndexes ?? []) {
      scans.push(
        (await client.send(new ScanCommand({ TableName: name, IndexName: index.IndexName }))).Items,
      );
    }
    tables.push({ table, scans });
  }
  return { names, tables };
}

const lineCount = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean).length;

/** The partition keys of every item, in order (Scan pages hold 1 MB). */
async function partitionKeys(client: DynamoDBClient): Promise<string[]> {
  const keys: string[] = [];
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({ TableName: 'app', ProjectionExpression: 'PK', ExclusiveStartKey: start }),
    );
    keys.push(...(page.Items ?? []).map((entry) => entry.PK.S!));
    start = page.LastEvaluatedKey;
  } while (start);
  return keys.sort();
}

describe('monotable-local --persist journal', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'monotable-journal-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('replays every kind of change exactly after kill -9', async () => {
    const args = ['--port', '0', '--persist', join(directory, 'state.json')];
    const first = await startCli(args);
    const { client } = clientFor(first.endpoint);
    const byKey = gsi('GSI1');
    await createTable(client, { globalIndexes: [byKey.index], extraAttributes: byKey.attributes });
    await createTable(client, { name: 'doomed' });
    await client.send(
      new PutItemCommand({ TableName: 'doomed', Item: { PK: { S: 'x' }, SK: { S: 'y' } } }),
    );
    await client.send(new DeleteTableCommand({ TableName: 'doomed' }));
    const item = (pk: string, extra = {}) => ({
      PK: { S: pk },
      SK: { S: 'item' },
      GSI1PK: { S: 'g' },
      GSI1SK: { S: pk },
      ...extra,
    });
    await client.send(
      new PutItemCommand({
        TableName: 'app',
        Item: item('a', {
          bytes: { B: new Uint8Array([0, 255]) },
          set: { SS: ['x', 'y'] },
          n: { N: '1.50' },
        }),
      }),
    );
    await client.send(
      new UpdateItemCommand({
        TableName: 'app',
        Key: { PK: { S: 'a' }, SK: { S: 'item' } },
        UpdateExpression: 'ADD n :two REMOVE #set SET nested = :map',
        ExpressionAttributeNames: { '#set': 'set' },
        ExpressionAttributeValues: {
          ':two': { N: '2' },
          ':map': { M: { list: { L: [{ BOOL: true }, { NULL: true }] } } },
        },
      }),
    );
    await client.send(
      new BatchWriteItemCommand({
        RequestItems: { app: ['b', 'c', 'd'].map((pk) => ({ PutRequest: { Item: item(pk) } })) },
      }),
    );
    await client.send(
      new DeleteItemCommand({ TableName: 'app', Key: { PK: { S: 'c' }, SK: { S: 'item' } } }),
    );
    await client.send(
      new TransactWriteItemsCommand({
        TransactItems: [
          { Put: { TableName: 'app', Item: item('e') } },
          { Delete: { TableName: 'app', Key: { PK: { S: 'd' }, SK: { S: 'item' } } } },
          {
            ConditionCheck: {
              TableName: 'app',
              Key: { PK: { S: 'a' }, SK: { S: 'item' } },
              ConditionExpression: 'attribute_exists(PK)',
            },
          },
        ],
      }),
    );
    const byType = gsi('GSI2');
    await client.send(
      new UpdateTableCommand({
        TableName: 'app',
        AttributeDefinitions: byType.attributes,
        GlobalSecondaryIndexUpdates: [
          {
            Create: {
              IndexName: 'GSI2',
              KeySchema: byType.index.KeySchema,
              Projection: { ProjectionType: 'KEYS_ONLY' },
            },
          },
        ],
      }),
    );
    await client.send(
      new PutItemCommand({
        TableName: 'app',
        Item: item('f', { GSI2PK: { S: 'h' }, GSI2SK: { S: 'f' } }),
      }),
    );
    await client.send(
      new CreateTableCommand({
        TableName: 'provisioned',
        BillingMode: 'PROVISIONED',
        ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
        KeySchema: [{ AttributeName: 'PK', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'PK', AttributeType: 'S' }, ...byKey.attributes],
        GlobalSecondaryIndexes: [
          {
            ...byKey.index,
            ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
          },
        ],
      }),
    );
    await client.send(
      new UpdateTableCommand({
        TableName: 'provisioned',
        GlobalSecondaryIndexUpdates: [
          {
            Update: {
              IndexName: 'GSI1',
              ProvisionedThroughput: { ReadCapacityUnits: 7, WriteCapacityUnits: 8 },
            },
          },
        ],
      }),
    );
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: 'app',
        TimeToLiveSpecification: { Enabled: true, AttributeName: 'ttl' },
      }),
    );
    await client.send(
      new PutItemCommand({
        TableName: 'app',
        Item: item('expired', { ttl: { N: String(Math.floor(Date.now() / 1000) - 60) } }),
      }),
    );
    // Reading the expired item deletes it: that change is journaled too.
    await client.send(
      new GetItemCommand({ TableName: 'app', Key: { PK: { S: 'expired' }, SK: { S: 'item' } } }),
    );
    const before = await observe(client);
    // The last write is acknowledged an instant before the kill: no timer could have saved it.
    await client.send(new PutItemCommand({ TableName: 'app', Item: item('last') }));
    client.destroy();
    await stopCli(first, 'SIGKILL');

    const second = await startCli(args);
    const reader = clientFor(second.endpoint).client;
    try {
      const last = await reader.send(
        new GetItemCommand({ TableName: 'app', Key: { PK: { S: 'last' }, SK: { S: 'item' } } }),
      );
      expect(last.Item).toEqual(item('last'));
      await reader.send(
        new DeleteItemCommand({ TableName: 'app', Key: { PK: { S: 'last' }, SK: { S: 'item' } } }),
      );
      expect(await observe(reader)).toEqual(before);
      expect(before.names).toEqual(['app', 'provisioned']);
      expect(
        before.tables[1].table?.GlobalSecondaryIndexes?.[0].ProvisionedThroughput,
      ).toMatchObject({ ReadCapacityUnits: 7, WriteCapacityUnits: 8 });
      // The table and GSI1 hold a, b, e and f; GSI2 only f.
      expect(before.tables[0].scans.map((items) => items?.length).sort()).toEqual([1, 4, 4]);
    } finally {
      reader.destroy();
      await stopCli(second, 'SIGKILL');
    }
  });

  it('compacts the journal once it outgrows 8 MiB, and at a clean shutdown, keeping every write', async () => {
    const stateFile = join(directory, 'state.json');
    const args = ['--port', '0', '--persist', stateFile];
    const expected = [
      ...Array.from({ length: 25 }, (_, i) => `large${i}`),
      'small0',
      'small1',
      'small2',
    ].sort();
    const first = await startCli(args);
    const { client } = clientFor(first.endpoint);
    try {
      await createTable(client);
      const large = 'x'.repeat(350_000);
      for (let i = 0; i < 25; i++) {
        await client.send(
          new PutItemCommand({
            TableName: 'app',
            Item: { PK: { S: `large${i}` }, SK: { S: 'item' }, text: { S: large } },
          }),
        );
      }
      // 25 lines of 350 KB passed 8 MiB: the file was rewritten as one snapshot line since.
      expect(lineCount(stateFile)).toBeLessThan(5);
      for (let i = 0; i < 3; i++) {
        await client.send(
          new PutItemCommand({
            TableName: 'app',
            Item: { PK: { S: `small${i}` }, SK: { S: 'item' } },
          }),
        );
      }
    } finally {
      client.destroy();
      await stopCli(first, 'SIGKILL');
    }

    const second = await startCli(args);
    const reader = clientFor(second.endpoint).client;
    try {
      expect(await partitionKeys(reader)).toEqual(expected);
    } finally {
      reader.destroy();
      expect(await stopCli(second, 'SIGTERM')).toBe(0);
    }
    expect(lineCount(stateFile)).toBe(1);

    const third = await startCli(args);
    const again = clientFor(third.endpoint).client;
    try {
      expect(await partitionKeys(again)).toEqual(expected);
    } finally {
      again.destroy();
      await stopCli(third, 'SIGKILL');
    }
  });

  it('keeps stream records, their shard and their sequence numbers across kill -9 and a clean restart', async () => {
    const args = ['--port', '0', '--persist', join(directory, 'state.json')];
    const put = (client: DynamoDBClient, pk: string) =>
      client.send(
        new PutItemCommand({
          TableName: 'app',
          Item: {
            PK: { S: pk },
            SK: { S: 'item' },
            bytes: { B: new Uint8Array([pk.length, 255]) },
          },
        }),
      );
    /** The stream as a reader sees it: shard, then each record's event, key and sequence number. */
    const readStream = async (endpoint: string) => {
      const { client } = clientFor(endpoint);
      const streams = new DynamoDBStreamsClient({
        endpoint,
        region: 'local',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      });
      try {
        const { Table } = await client.send(new DescribeTableCommand({ TableName: 'app' }));
        const StreamArn = Table!.LatestStreamArn!;
        const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn }));
        const ShardId = StreamDescription!.Shards![0].ShardId!;
        const { ShardIterator } = await streams.send(
          new GetShardIteratorCommand({ StreamArn, ShardId, ShardIteratorType: 'TRIM_HORIZON' }),
        );
        const { Records = [] } = await streams.send(new GetRecordsCommand({ ShardIterator }));
        return {
          ShardId,
          records: Records.map((record) => [
            record.eventName,
            record.dynamodb!.Keys!.PK.S,
            record.dynamodb!.SequenceNumber,
            record.dynamodb!.NewImage?.bytes?.B,
          ]),
        };
      } finally {
        client.destroy();
        streams.destroy();
      }
    };

    let written: Awaited<ReturnType<typeof readStream>>;
    const first = await startCli(args);
    const { client } = clientFor(first.endpoint);
    try {
      await client.send(
        new CreateTableCommand({
          TableName: 'app',
          BillingMode: 'PAY_PER_REQUEST',
          KeySchema: [
            { AttributeName: 'PK', KeyType: 'HASH' },
            { AttributeName: 'SK', KeyType: 'RANGE' },
          ],
          AttributeDefinitions: [
            { AttributeName: 'PK', AttributeType: 'S' },
            { AttributeName: 'SK', AttributeType: 'S' },
          ],
          StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
        }),
      );
      await put(client, 'a');
      await put(client, 'bb');
      await client.send(
        new DeleteItemCommand({ TableName: 'app', Key: { PK: { S: 'a' }, SK: { S: 'item' } } }),
      );
      written = await readStream(first.endpoint);
      expect(written.records.map(([event, pk]) => [event, pk])).toEqual([
        ['INSERT', 'a'],
        ['INSERT', 'bb'],
        ['REMOVE', 'a'],
      ]);
    } finally {
      client.destroy();
      await stopCli(first, 'SIGKILL');
    }

    // Replayed from the journal.
    let extended: Awaited<ReturnType<typeof readStream>>;
    const second = await startCli(args);
    try {
      expect(await readStream(second.endpoint)).toEqual(written);
      const writer = clientFor(second.endpoint).client;
      await put(writer, 'ccc');
      writer.destroy();
      extended = await readStream(second.endpoint);
      expect(extended.records.slice(0, 3)).toEqual(written.records);
      expect(BigInt(extended.records[3][2] as string)).toBeGreaterThan(
        BigInt(written.records[2][2] as string),
      );
    } finally {
      expect(await stopCli(second, 'SIGTERM')).toBe(0);
    }

    // Restored from the snapshot a clean shutdown compacted the file into.
    const third = await startCli(args);
    try {
      expect(await readStream(third.endpoint)).toEqual(extended);
    } finally {
      await stopCli(third, 'SIGKILL');
    }
  });
});
