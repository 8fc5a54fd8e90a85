import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams';
import {
  DescribeTableCommand,
  DynamoDBClient,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describeEachBackend, enabledBackends, type TestBackend } from '@monotable/testing';
import {
  Attribute,
  Entity,
  Monotable,
  Table,
  Ttl,
  Unique,
  increment,
  type StreamRecord,
} from '../src';

const StreamTable = new Table({ name: 'streams', partitionKey: 'PK', sortKey: 'SK' });

@Entity({ table: StreamTable, name: 'Account', pk: 'ACCOUNT#{id}', sk: 'ACCOUNT' })
class Account {
  @Attribute() id!: string;
  @Unique() @Attribute() email!: string;
  @Attribute({ type: 'number' }) balance = 0;
}

@Entity({ table: StreamTable, name: 'Payment', pk: 'ACCOUNT#{accountId}', sk: 'PAYMENT#{id}' })
class Payment {
  @Attribute() accountId!: string;
  @Attribute() id!: string;
  @Attribute({ type: 'number' }) amount!: number;
}

@Entity({ table: StreamTable, name: 'Session', pk: 'SESSION#{id}', sk: 'SESSION' })
class Session {
  @Attribute() id!: string;
  @Ttl() expiresAt!: Date;
}

let tables = 0;

/** Every record of the table's stream so far, read with the SDK's DynamoDB Streams client. */
async function streamRecords(backend: TestBackend, db: Monotable): Promise<StreamRecord[]> {
  let endpoint = backend.endpoint;
  let close = async () => undefined as void;
  if (!endpoint) {
    const server = await backend.engine!.listen(0);
    endpoint = server.endpoint;
    close = () => server.close();
  }
  const streams = new DynamoDBStreamsClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    const { Table: table } = await db.documentClient.send(
      new DescribeTableCommand({ TableName: db.tableName }),
    );
    const { StreamDescription } = await streams.send(
      new DescribeStreamCommand({ StreamArn: table!.LatestStreamArn }),
    );
    const records: _Record[] = [];
    for (const shard of StreamDescription?.Shards ?? []) {
      let iterator = (
        await streams.send(
          new GetShardIteratorCommand({
            StreamArn: table!.LatestStreamArn,
            ShardId: shard.ShardId,
            ShardIteratorType: 'TRIM_HORIZON',
          }),
        )
      ).ShardIterator;
      while (iterator) {
        const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
        records.push(...(page.Records ?? []));
        if (!page.Records?.length) break;
        iterator = page.NextShardIterator;
      }
    }
    return records as StreamRecord[];
  } finally {
    streams.destroy();
    await close();
  }
}

describe('DynamoDB Streams: records as a Lambda event hands them', () => {
  // No request is sent: the client is never used.
  const db = new Monotable({
    client: new DynamoDBClient({ region: 'local', endpoint: 'http://127.0.0.1:9' }),
    table: StreamTable,
    tableName: 'streams',
    entities: [Account, Payment],
  });

  test('tableDefinition and createTable take the stream view type', () => {
    expect(db.tableDefinition({ stream: 'KEYS_ONLY' }).StreamSpecification).toEqual({
      StreamEnabled: true,
      StreamViewType: 'KEYS_ONLY',
    });
    expect(db.tableDefinition().StreamSpecification).toBeUndefined();
    const streamed = new Monotable({
      client: new DynamoDBClient({ region: 'local', endpoint: 'http://127.0.0.1:9' }),
      table: new Table({
        name: 'streamed',
        partitionKey: 'PK',
        sortKey: 'SK',
        stream: 'NEW_IMAGE',
      }),
      entities: [],
    });
    expect(streamed.tableDefinition().StreamSpecification).toEqual({
      StreamEnabled: true,
      StreamViewType: 'NEW_IMAGE',
    });
  });

  test('a TTL removal is flagged; a keys-only record is attributed by its key templates', () => {
    const ttlRemoval: StreamRecord = {
      eventName: 'REMOVE',
      userIdentity: { type: 'Service', principalId: 'dynamodb.amazonaws.com' },
      dynamodb: {
        Keys: { PK: { S: 'ACCOUNT#a1' }, SK: { S: 'PAYMENT#p1' } },
        OldImage: {
          PK: { S: 'ACCOUNT#a1' },
          SK: { S: 'PAYMENT#p1' },
          _type: { S: 'Payment' },
          accountId: { S: 'a1' },
          id: { S: 'p1' },
          amount: { N: '5' },
        },
        SequenceNumber: '1',
      },
    };
    const keysOnly: StreamRecord = {
      eventName: 'MODIFY',
      dynamodb: { Keys: { PK: { S: 'ACCOUNT#a1' }, SK: { S: 'ACCOUNT' } }, SequenceNumber: '2' },
    };
    const stranger: StreamRecord = {
      eventName: 'INSERT',
      dynamodb: { Keys: { PK: { S: 'X' }, SK: { S: 'Y' } }, SequenceNumber: '3' },
    };
    const { changes, unknown } = db.changes({ Records: [ttlRemoval, keysOnly, stranger] });
    expect(changes).toEqual([
      expect.objectContaining({
        entity: 'Payment',
        kind: 'remove',
        ttlExpired: true,
        key: { accountId: 'a1', id: 'p1' },
      }),
      expect.objectContaining({
        entity: 'Account',
        kind: 'modify',
        ttlExpired: false,
        key: { id: 'a1' },
      }),
    ]);
    expect(changes[0].oldImage).toBeInstanceOf(Payment);
    expect(changes[0].oldImage).toMatchObject({ amount: 5 });
    expect(changes[1].newImage).toBeUndefined();
    expect(unknown).toEqual([{ reason: 'no-image', record: stranger }]);
  });

  test('a modify handler on a stream without new images is a ConfigurationError', async () => {
    const handler = db.onChange((on) => on(Account, { modify: () => undefined }));
    await expect(
      handler({
        Records: [
          {
            eventName: 'MODIFY',
            dynamodb: { Keys: { PK: { S: 'ACCOUNT#a1' }, SK: { S: 'ACCOUNT' } } },
          },
        ],
      }),
    ).rejects.toThrow(
      /modify handler of Account needs the new image .* NEW_IMAGE or NEW_AND_OLD_IMAGES/,
    );
  });
});

describeEachBackend('DynamoDB Streams: typed changes', (backend) => {
  let db: Monotable;

  beforeEach(async () => {
    db = new Monotable({
      client: backend().client,
      table: StreamTable,
      tableName: `streams_${process.pid}_${Date.now().toString(36)}_${tables++}`,
      entities: [Account, Payment],
    });
    await db.createTable({ stream: 'NEW_AND_OLD_IMAGES' });
  });

  test('createTable turns the stream on with the view type asked for', async () => {
    expect(db.tableDefinition({ stream: 'KEYS_ONLY' }).StreamSpecification).toEqual({
      StreamEnabled: true,
      StreamViewType: 'KEYS_ONLY',
    });
    const { Table: table } = await db.documentClient.send(
      new DescribeTableCommand({ TableName: db.tableName }),
    );
    expect(table?.StreamSpecification).toEqual({
      StreamEnabled: true,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    });
    expect(table?.LatestStreamArn).toContain(`table/${db.tableName}/stream/`);
  });

  test('records become changes of their entities, as instances, in order; markers are left out, strangers reported', async () => {
    const accounts = db.getRepository(Account);
    await accounts.create({ id: 'a1', email: 'a1@example.com', balance: 10 });
    await accounts.update({ id: 'a1' }, { balance: increment(5) });
    await db.getRepository(Payment).create({ accountId: 'a1', id: 'p1', amount: 5 });
    await db.getRepository(Payment).delete({ accountId: 'a1', id: 'p1' });
    await db.documentClient.send(
      new PutCommand({ TableName: db.tableName, Item: { PK: 'X', SK: 'X', _type: 'Ghost' } }),
    );

    const { changes, unknown } = db.changes(await streamRecords(backend(), db));

    expect(changes.map((c) => [c.entity, c.kind, c.key])).toEqual([
      ['Account', 'insert', { id: 'a1' }],
      ['Account', 'modify', { id: 'a1' }],
      ['Payment', 'insert', { accountId: 'a1', id: 'p1' }],
      ['Payment', 'remove', { accountId: 'a1', id: 'p1' }],
    ]);
    const [created, modified, , removed] = changes;
    expect(created.newImage).toBeInstanceOf(Account);
    expect(created.newImage).toMatchObject({ id: 'a1', email: 'a1@example.com', balance: 10 });
    expect(created.oldImage).toBeUndefined();
    expect(modified.oldImage).toMatchObject({ balance: 10 });
    expect(modified.newImage).toMatchObject({ balance: 15 });
    expect(removed.oldImage).toBeInstanceOf(Payment);
    expect(removed.newImage).toBeUndefined();
    expect(changes.every((c) => c.ttlExpired === false)).toBe(true);
    expect(unknown).toEqual([expect.objectContaining({ type: 'Ghost', reason: 'unknown-type' })]);
  });

  test('onChange: typed handlers per entity; a failing handler reports its record and every later one', async () => {
    const accounts = db.getRepository(Account);
    await accounts.create({ id: 'a1', email: 'a1@example.com' });
    const payments = db.getRepository(Payment);
    for (const [id, amount] of [
      ['p1', 5],
      ['p2', 7],
      ['p3', 11],
    ] as const) {
      await payments.create({ accountId: 'a1', id, amount });
    }
    const event = { Records: await streamRecords(backend(), db) };

    const seen: string[] = [];
    const errors: string[] = [];
    let failOn: string | undefined = 'p2';
    const handler = db.onChange(
      (on) => {
        on(Payment, {
          insert: (payment) => {
            if (payment.id === failOn) throw new Error('downstream unavailable');
            seen.push(`${payment.id}:${payment.amount}`);
          },
        });
        on(Account, { insert: (account) => void seen.push(`account ${account.email}`) });
      },
      {
        onError: (error, change) =>
          errors.push(
            `${change.entity} ${change.kind} ${JSON.stringify(change.key)}: ${(error as Error).message}`,
          ),
      },
    );

    const first = await handler(event);
    expect(seen).toEqual(['account a1@example.com', 'p1:5']);
    // The cause of the failure is not lost: onError has it, with the change it was handling.
    expect(errors).toEqual(['Payment insert {"accountId":"a1","id":"p2"}: downstream unavailable']);
    const failedFrom = event.Records.findIndex((r) => r.dynamodb?.NewImage?.id?.S === 'p2');
    expect(first.batchItemFailures).toEqual(
      event.Records.slice(failedFrom).map((r) => ({
        itemIdentifier: r.dynamodb!.SequenceNumber!,
      })),
    );

    // Delivered again from the failed record on, as the event source does: the rest is handled once.
    failOn = undefined;
    const retried = await handler({ Records: event.Records.slice(failedFrom) });
    expect(retried.batchItemFailures).toEqual([]);
    expect(seen).toEqual(['account a1@example.com', 'p1:5', 'p2:7', 'p3:11']);
  });
});

// The in-process engine drives handlers as Lambda would, and its clock expires items.
describeEachBackend(
  'DynamoDB Streams: handlers driven by the in-process engine',
  (backend) => {
    test('the same typed handler runs on engine.streams: concurrent writes, a failure retried from its record', async () => {
      const db = new Monotable({
        client: backend().client,
        table: StreamTable,
        tableName: `streams_sub_${tables++}`,
        entities: [Account, Payment],
      });
      await db.createTable({ stream: 'NEW_AND_OLD_IMAGES' });
      const totals = new Map<string, number>();
      let failOnce = true;
      const handler = db.onChange((on) =>
        on(Payment, {
          insert: (payment) => {
            if (payment.id === 'p3' && failOnce) {
              failOnce = false;
              throw new Error('counter store unavailable');
            }
            totals.set(payment.accountId, (totals.get(payment.accountId) ?? 0) + payment.amount);
          },
        }),
      );
      const engine = backend().engine!;
      const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      const subscription = engine.streams.subscribe(db.tableName, handler, { batchSize: 2 });
      const payments = db.getRepository(Payment);
      await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          payments.create({ accountId: i % 2 ? 'odd' : 'even', id: `p${i}`, amount: i + 1 }),
        ),
      );
      await engine.streams.drain();

      // Every payment counted exactly once, p3 after its retry.
      expect(Object.fromEntries(totals)).toEqual({ even: 1 + 3 + 5, odd: 2 + 4 + 6 });
      expect(failOnce).toBe(false);
      expect(subscription.discarded).toEqual([]);
      // Without onError, the failure is logged (a Lambda's log) with the change it was handling.
      expect(logged.mock.calls).toEqual([
        [
          expect.stringMatching(
            /^monotable: the insert handler of Payment failed on \{"accountId":"odd","id":"p3"\} \(record \d+\)/,
          ),
          new Error('counter store unavailable'),
        ],
      ]);
      logged.mockRestore();
      subscription.unsubscribe();
    });

    test('an item whose time to live passed is a remove change with ttlExpired, handled like any other', async () => {
      const db = new Monotable({
        client: backend().client,
        table: StreamTable,
        tableName: `streams_ttl_${tables++}`,
        entities: [Session],
      });
      await db.createTable({ stream: 'NEW_AND_OLD_IMAGES' });
      await backend().client.send(
        new UpdateTimeToLiveCommand({
          TableName: db.tableName,
          TimeToLiveSpecification: { Enabled: true, AttributeName: 'expiresAt' },
        }),
      );
      const engine = backend().engine!;
      const sessions = db.getRepository(Session);
      await sessions.create({ id: 's1', expiresAt: new Date(engine.clock.nowMs() + 60_000) });
      await sessions.create({ id: 's2', expiresAt: new Date(engine.clock.nowMs() + 600_000) });
      engine.clock.advance(61_000);
      expect(await sessions.get({ id: 's1' })).toBeUndefined();

      const expired: string[] = [];
      const handler = db.onChange((on) =>
        on(Session, {
          remove: (session, change) => void expired.push(`${session?.id} ttl=${change.ttlExpired}`),
        }),
      );
      const answer = await handler({ Records: await streamRecords(backend(), db) });
      expect(answer.batchItemFailures).toEqual([]);
      expect(expired).toEqual(['s1 ttl=true']);
    });
  },
  enabledBackends().filter((kind) => kind === 'memory'),
);
