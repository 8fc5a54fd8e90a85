import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describeEachBackend } from '@monotable/testing';
import { Attribute, Entity, ItemTooLargeError, Monotable, append, type RequestLogEvent } from '../src';
import { connect } from './fixtures/connect';
import { AppTable } from './fixtures/model';

@Entity({ table: AppTable, name: 'Reading', pk: 'READING#{id}', sk: 'READING' })
class Reading {
  @Attribute() id!: string;
  @Attribute({ type: 'list' }) values!: number[];
  @Attribute() note!: string;
}

const LIMIT = 400 * 1024;

/**
 * Bytes DynamoDB stores for the numbers used here, each measured against DynamoDB Local's
 * 400 KB limit (an item of exactly 409600 bytes with this count is accepted, one more refused).
 */
const NUMBER_BYTES = new Map<number, number>([
  [1, 2],
  [-1, 3],
  [1.5, 3],
  [-1.5, 4],
  [-123, 4],
  [0.001, 2],
  [-0.001, 3],
  [1e-130, 2],
  [-99.99, 4],
  [3.14159, 5],
  [-2.718281828, 8],
]);

/** DynamoDB's size of a stored item of strings, numbers of NUMBER_BYTES and lists of them. */
function referenceSize(item: Record<string, unknown>): number {
  const valueBytes = (value: unknown): number => {
    if (typeof value === 'string') return Buffer.byteLength(value, 'utf8');
    if (Array.isArray(value)) return 3 + value.reduce((sum, v) => sum + 1 + valueBytes(v), 0);
    const bytes = NUMBER_BYTES.get(value as number);
    if (bytes === undefined) throw new Error(`no measured size for ${String(value)}`);
    return bytes;
  };
  return Object.entries(item).reduce(
    (sum, [name, value]) => sum + Buffer.byteLength(name, 'utf8') + valueBytes(value),
    0,
  );
}

describeEachBackend('Item size limit with negative and fractional numbers', (backend) => {
  let db: Monotable;
  const events: RequestLogEvent[] = [];
  /** Size of a stored Reading with a 3-character id, no values and an empty note. */
  let emptySize: number;
  let ids = 0;
  const nextId = () => `r${String(ids++).padStart(2, '0')}`;

  const rawItem = async (id: string) =>
    (
      await db.documentClient.send(
        new GetCommand({
          TableName: db.tableName,
          Key: { PK: `READING#${id}`, SK: 'READING' },
          ConsistentRead: true,
        }),
      )
    ).Item;

  /** A Reading whose stored item is exactly `total` bytes. */
  const readingOfSize = (id: string, values: number[], total: number) => {
    const valueBytes = referenceSize({ v: values }) - 1 - 3;
    return { id, values, note: 'x'.repeat(total - emptySize - valueBytes) };
  };

  beforeAll(async () => {
    db = await connect(backend().client, {
      entities: [Reading],
      logger: (event) => events.push(event),
    });
    await db.getRepository(Reading).create({ id: 'p00', values: [], note: '' });
    emptySize = referenceSize((await rawItem('p00'))!);
  });

  const mixed = [-1, 1.5, -123, 0.001, 1e-130, -1.5, -0.001, -99.99, 3.14159, -2.718281828];
  const manyNumbers = Array.from({ length: 30_000 }, (_, i) => mixed[i % mixed.length]);

  test('an item of exactly 400 KB with 30,000 negative and fractional numbers is stored; one byte more is refused by core before any request', async () => {
    const readings = db.getRepository(Reading);
    const id = nextId();
    await readings.create(readingOfSize(id, manyNumbers, LIMIT));
    const stored = await rawItem(id);
    expect(referenceSize(stored!)).toBe(LIMIT);
    expect((await readings.getOrFail({ id })).values).toEqual(manyNumbers);

    const over = nextId();
    const sent = events.length;
    const error = await readings.create(readingOfSize(over, manyNumbers, LIMIT + 1)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ItemTooLargeError);
    expect(error).toMatchObject({ entity: 'Reading', size: LIMIT + 1, limit: LIMIT });
    expect(events.length).toBe(sent);
    expect(await rawItem(over)).toBeUndefined();
  });

  test.each([-1, 1.5, -1.5, -123, -0.001, -99.99, 3.14159, -2.718281828])(
    'core counts %p like the engine: 400 KB is stored, one byte more refused by both',
    async (value) => {
      const readings = db.getRepository(Reading);
      const values = new Array<number>(5_000).fill(value);
      const id = nextId();
      await readings.create(readingOfSize(id, values, LIMIT));
      const stored = (await rawItem(id))!;
      expect(referenceSize(stored)).toBe(LIMIT);

      await expect(readings.create(readingOfSize(nextId(), values, LIMIT + 1))).rejects.toThrow(
        ItemTooLargeError,
      );
      // The engine itself refuses the same item one byte larger: core's count is its count.
      await expect(
        db.documentClient.send(
          new PutCommand({ TableName: db.tableName, Item: { ...stored, note: `${stored.note}x` } }),
        ),
      ).rejects.toThrow('Item size has exceeded the maximum allowed size');
    },
  );

  test('an update that grows the stored item past 400 KB is an ItemTooLargeError; nothing changes', async () => {
    const readings = db.getRepository(Reading);
    const id = nextId();
    await readings.create({ id, values: [], note: 'x'.repeat(300 * 1024) });
    const error = await readings
      .update({ id }, { values: append(new Array<number>(60_000).fill(1.5)) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ItemTooLargeError);
    expect(error).toMatchObject({ code: 'ITEM_TOO_LARGE', entity: 'Reading', size: undefined, limit: LIMIT });
    expect((await rawItem(id))?.values).toEqual([]);
  });
});
