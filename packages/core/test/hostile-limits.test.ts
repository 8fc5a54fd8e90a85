/**
 * DynamoDB limits monotable can check before sending, and option bounds: each refused with a
 * typed error (the limit in the message) and nothing written. Both engines.
 */
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { MemoryDynamoDB, describeEachBackend } from '@monotable/testing';
import { storedItems as readStoredItems } from './fixtures/stored-items';
import {
  Attribute,
  ConfigurationError,
  Entity,
  InvalidCursorError,
  KeyTemplateError,
  Monotable,
  Table,
  Unique,
  Version,
} from '../src';

const LimitsTable = new Table({
  name: 'limits',
  partitionKey: 'PK',
  sortKey: 'SK',
  indexes: { GSI1: { partitionKey: 'GSI1PK', sortKey: 'GSI1SK' } },
});

@Entity({
  table: LimitsTable,
  name: 'Doc',
  pk: 'DOC#{id}',
  sk: 'DOC#{part}',
  indexes: { GSI1: { pk: 'OWNER#{owner}', sk: 'DOC#{id}' } },
})
class Doc {
  @Attribute() id!: string;
  @Attribute() part!: string;
  @Attribute() owner?: string;
  @Unique() @Attribute() slug?: string;
  @Version() version!: number;
}

let tables = 0;

describeEachBackend('DynamoDB limits and option bounds', (backend) => {
  let db: Monotable;
  let doc: DynamoDBDocumentClient;
  let tableName: string;
  const docs = () => db.getRepository(Doc);

  beforeAll(async () => {
    tableName = `limits_${process.pid}_${tables++}`;
    db = new Monotable({
      client: backend().client,
      table: LimitsTable,
      tableName,
      entities: [Doc],
    });
    doc = DynamoDBDocumentClient.from(backend().client);
    await db.createTable();
    for (let i = 0; i < 5; i++) await docs().create({ id: 'd1', part: `p${i}`, owner: 'ann' });
  });

  const storedItems = () => readStoredItems(doc, tableName);

  const long = (bytes: number) => 'x'.repeat(bytes);
  const keyCases: Array<[string, () => Promise<unknown>, RegExp]> = [
    [
      'a partition key over 2,048 bytes',
      () => docs().create({ id: long(2100), part: 'p' }),
      /partition key of Doc is 2104 bytes; DynamoDB's limit for a partition key is 2048 bytes/,
    ],
    [
      'a sort key over 1,024 bytes',
      () => docs().create({ id: 'd2', part: long(1100) }),
      /sort key of Doc is 1104 bytes; DynamoDB's limit for a sort key is 1024 bytes/,
    ],
    [
      'an index partition key over 2,048 bytes',
      () => docs().create({ id: 'd2', part: 'p', owner: long(2100) }),
      /partition key of Doc in index GSI1 is 2106 bytes/,
    ],
    [
      'an index key changed by an update',
      () => docs().update({ id: 'd1', part: 'p0' }, { owner: long(2100) }),
      /in index GSI1 is 2106 bytes/,
    ],
    [
      'a @Unique value over the partition key limit',
      () => docs().create({ id: 'd2', part: 'p', slug: long(2100) }),
      /@Unique marker of Doc\.slug .* DynamoDB's limit for a partition key is 2048 bytes/,
    ],
    [
      'multi-byte text counted in UTF-8 bytes',
      () => docs().create({ id: '€'.repeat(700), part: 'p' }),
      /2104 bytes/,
    ],
    [
      'a query partition over the limit',
      () => docs().query({ id: long(2100) }),
      /partition key of a query on Doc/,
    ],
    [
      'a get with a key over the limit',
      () => docs().get({ id: 'd1', part: long(1100) }),
      /sort key of Doc/,
    ],
  ];

  it.each(keyCases)('refuses %s with a KeyTemplateError', async (_what, call, message) => {
    const before = await storedItems();
    const attempt = call();
    await expect(attempt).rejects.toBeInstanceOf(KeyTemplateError);
    await expect(attempt).rejects.toThrow(message);
    expect(await storedItems()).toEqual(before);
  });

  const optionCases: Array<[string, () => Promise<unknown>, RegExp]> = [
    [
      'expectedVersion given as text',
      () =>
        docs().update(
          { id: 'd1', part: 'p0' },
          { owner: 'bob' },
          { expectedVersion: 'abc' as never },
        ),
      /expectedVersion of Doc must be a whole number/,
    ],
    [
      'expectedVersion given as text on delete',
      () => docs().delete({ id: 'd1', part: 'p0' }, { expectedVersion: '1' as never }),
      /expectedVersion of Doc must be a whole number/,
    ],
    [
      'maxPages of 0',
      () => docs().query({ id: 'd1' }, { maxPages: 0 }),
      /maxPages must be a positive integer/,
    ],
    [
      'pageSize of 0',
      () => docs().iterate({ id: 'd1' }, { pageSize: 0 }).next(),
      /pageSize must be a positive integer/,
    ],
    [
      'a scan concurrency of 0',
      () => docs().scan({ allowScan: true, segments: 4, concurrency: 0 }),
      /concurrency must be a positive integer/,
    ],
  ];

  it.each(optionCases)('refuses %s with a ConfigurationError', async (_what, call, message) => {
    const before = await storedItems();
    const attempt = call();
    await expect(attempt).rejects.toBeInstanceOf(ConfigurationError);
    await expect(attempt).rejects.toThrow(message);
    expect(await storedItems()).toEqual(before);
  });

  it('refuses an expectedVersion given as text on a repeated (planned) update too', async () => {
    const key = { id: 'd1', part: 'p1' };
    await docs().update(key, { owner: 'ann' }, { expectedVersion: 1 });
    const before = await storedItems();
    await expect(
      docs().update(key, { owner: 'bob' }, { expectedVersion: '2' as never }),
    ).rejects.toBeInstanceOf(ConfigurationError);
    expect(await storedItems()).toEqual(before);
  });

  it('refuses a crafted cursor whose start key holds another attribute', async () => {
    const page = await docs().query({ id: 'd1' }, { limit: 2 });
    const payload = JSON.parse(Buffer.from(page.cursor!, 'base64url').toString('utf8'));
    payload.k.extra = 'injected';
    const crafted = Buffer.from(JSON.stringify(payload)).toString('base64url');
    await expect(docs().query({ id: 'd1' }, { limit: 2, cursor: crafted })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
    delete payload.k.extra;
    delete payload.k.SK;
    const partial = Buffer.from(JSON.stringify(payload)).toString('base64url');
    await expect(docs().query({ id: 'd1' }, { limit: 2, cursor: partial })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
    // The untouched cursor still works.
    expect(
      (await docs().query({ id: 'd1' }, { limit: 2, cursor: page.cursor })).items,
    ).toHaveLength(2);
  });
});

describe('A scan of many segments (in-process engine)', () => {
  it('keeps at most `concurrency` requests in flight, however many segments', async () => {
    const engine = new MemoryDynamoDB();
    const client = engine.createClient();
    let inFlight = 0;
    let most = 0;
    client.middlewareStack.add(
      (next) => async (args) => {
        inFlight++;
        most = Math.max(most, inFlight);
        try {
          return await next(args);
        } finally {
          inFlight--;
        }
      },
      { step: 'initialize', name: 'inFlight' },
    );
    const db = new Monotable({ client, table: LimitsTable, entities: [Doc] });
    await db.createTable();
    most = 0;
    const page = await db.getRepository(Doc).scan({ allowScan: true, segments: 200 });
    expect(page.items).toEqual([]);
    expect(most).toBeLessThanOrEqual(8);
    most = 0;
    await db.getRepository(Doc).scan({ allowScan: true, segments: 200, concurrency: 3 });
    expect(most).toBeLessThanOrEqual(3);
  });
});
