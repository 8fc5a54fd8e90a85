/**
 * Values that do not fit their declared attribute type, or that DynamoDB cannot hold (or would
 * give back as something else), are refused with a typed error before anything is sent — on
 * create, put, update (whole values, nested paths, operators), transactions, batches and
 * conditions — and nothing is written. Both engines.
 */
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { MemoryDynamoDB, describeEachBackend } from '@monotable/testing';
import { storedItems as readStoredItems } from './fixtures/stored-items';
import {
  Attribute,
  BatchGetError,
  Entity,
  InvalidExpressionError,
  Monotable,
  MonotableError,
  Table,
  TransactionTooLargeError,
  ValidationError,
  append,
  ifNotExists,
} from '../src';

const HostileTable = new Table({ name: 'hostile', partitionKey: 'PK', sortKey: 'SK' });

@Entity({ table: HostileTable, name: 'Gadget', pk: 'GADGET#{id}', sk: 'GADGET' })
class Gadget {
  @Attribute() id!: string;
  @Attribute({ type: 'string' }) name?: string;
  @Attribute({ type: 'number' }) score?: number;
  @Attribute({ type: 'boolean' }) active?: boolean;
  @Attribute({ type: 'date' }) seenAt?: Date;
  @Attribute({ type: 'set' }) tags?: Set<string>;
  @Attribute({ type: 'list' }) steps?: unknown[];
  @Attribute({ type: 'map' }) prefs?: Record<string, unknown>;
  @Attribute({ type: 'any' }) extra?: unknown;
}

function nested(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: 1 };
  for (let i = 0; i < levels; i++) value = { down: value };
  return value;
}

/** [what, property, value, the message's gist] — each value must be refused for its property. */
const badValues: Array<[string, keyof Gadget, unknown, RegExp]> = [
  ['text for a number', 'score', 'abc', /score must be a number, got a string/],
  ['NaN', 'score', Number.NaN, /score is NaN/],
  ['Infinity', 'score', Infinity, /score is Infinity/],
  ['a number too large', 'score', 1e200, /too large for a DynamoDB number/],
  ['a number too small', 'score', 1e-200, /too small for a DynamoDB number/],
  ['a number beyond 2^53', 'score', 2 ** 60, /beyond Number.MAX_SAFE_INTEGER/],
  ['a bigint over 38 digits', 'score', 10n ** 40n + 1n, /41 significant digits/],
  ['text for a boolean', 'active', 'yes', /active must be a boolean, got a string/],
  ['an invalid Date', 'seenAt', new Date('not a date'), /seenAt must be a valid Date/],
  ['text that is not a date', 'seenAt', 'soon', /seenAt must be a valid Date/],
  [
    'a mixed set',
    'tags',
    new Set(['a', 1]),
    /a set holds only strings, only numbers or only binary/,
  ],
  ['text for a set', 'tags', 'a', /tags must be a set, got a string/],
  ['an object for a list', 'steps', {}, /steps must be a list, got an object/],
  ['text for a map', 'prefs', 'dark', /prefs must be a map, got a string/],
  ['an object for a string', 'name', { first: 'Ada' }, /name must be a string, got an object/],
  ['a symbol', 'name', Symbol('x'), /name must be a string, got a symbol/],
  ['an empty map key', 'prefs', { '': 1 }, /empty map key/],
  ['a __proto__ map key', 'prefs', JSON.parse('{"__proto__": {"polluted": "yes"}}'), /"__proto__"/],
  [
    'a nested __proto__',
    'prefs',
    JSON.parse('{"a": {"__proto__": {"x": 1}}}'),
    /prefs\.a has the map key "__proto__"/,
  ],
  ['a function in a map', 'prefs', { onChange: () => 1 }, /prefs\.onChange is a function/],
  ['an invalid Date in a list', 'steps', [new Date('x')], /steps\[0\] is an invalid Date/],
  ['NaN in a map', 'extra', { ratio: Number.NaN }, /extra\.ratio is NaN/],
  ['a symbol in any', 'extra', { s: Symbol('s') }, /extra\.s is a symbol/],
  ['nesting deeper than 32 levels', 'prefs', nested(40), /deeper than DynamoDB's 32 levels/],
];

let tables = 0;

describeEachBackend('Hostile values', (backend) => {
  let db: Monotable;
  let doc: DynamoDBDocumentClient;
  let tableName: string;

  beforeAll(async () => {
    tableName = `hostile_${process.pid}_${tables++}`;
    db = new Monotable({
      client: backend().client,
      table: HostileTable,
      tableName,
      entities: [Gadget],
    });
    doc = DynamoDBDocumentClient.from(backend().client);
    await db.createTable();
    await db
      .getRepository(Gadget)
      .create({ id: 'g1', name: 'first', score: 1, prefs: { theme: 'light' } });
  });

  const storedItems = () => readStoredItems(doc, tableName);

  const gadgets = () => db.getRepository(Gadget);
  const entryPoints: Array<[string, (property: string, value: unknown) => Promise<unknown>]> = [
    ['create', (property, value) => gadgets().create({ id: 'g2', [property]: value } as never)],
    ['put', (property, value) => gadgets().put({ id: 'g1', [property]: value } as never)],
    ['update', (property, value) => gadgets().update({ id: 'g1' }, { [property]: value } as never)],
    [
      'transaction',
      (property, value) =>
        db.transaction((tx) => {
          tx.create(Gadget, { id: 'g3' });
          tx.update(Gadget, { id: 'g1' }, { [property]: value } as never);
        }),
    ],
    [
      'batchPut',
      (property, value) =>
        gadgets().batchPut([{ id: 'g4' }, { id: 'g5', [property]: value } as never]),
    ],
    [
      'condition',
      (property, value) =>
        gadgets().update(
          { id: 'g1' },
          { name: 'changed' },
          { condition: { [property]: value } as never },
        ),
    ],
  ];

  const cases = entryPoints.flatMap(([entry, write]) =>
    badValues.map(
      ([what, property, value, message]) => [entry, what, write, property, value, message] as const,
    ),
  );

  it.each(cases)(
    '%s refuses %s before sending',
    async (entry, _what, write, property, value, message) => {
      const before = await storedItems();
      const error = await write(property as string, value).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(MonotableError);
      // In a condition an object is read as operators: refused as an invalid expression.
      if (!(entry === 'condition' && error instanceof InvalidExpressionError)) {
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as Error).message).toMatch(message);
      }
      expect(await storedItems()).toEqual(before);
    },
  );

  it.each([
    ['a value at a nested path', { 'prefs.onChange': () => 1 }, /prefs\.onChange is a function/],
    [
      'an invalid Date at a nested path',
      { 'prefs.when': new Date('x') },
      /prefs\.when is an invalid Date/,
    ],
    [
      'a __proto__ key in a nested value',
      { 'prefs.a': JSON.parse('{"__proto__": {"x": 1}}') },
      /"__proto__"/,
    ],
    ['ifNotExists of the wrong type', { score: ifNotExists('zero') }, /score must be a number/],
    ['append of a non-storable element', { steps: append([Symbol('s')]) }, /is a symbol/],
  ])('update refuses %s', async (_what, changes, message) => {
    const before = await storedItems();
    const attempt = gadgets().update({ id: 'g1' }, changes as never);
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow(message);
    expect(await storedItems()).toEqual(before);
  });

  it.each([
    [
      'an update path through __proto__',
      () => gadgets().update({ id: 'g1' }, JSON.parse('{"prefs.__proto__": {"polluted": "yes"}}')),
    ],
    [
      'a filter path through __proto__',
      () => gadgets().query({ id: 'g1' }, { filter: { 'prefs.__proto__.x': 1 } as never }),
    ],
    [
      'a filter value that is a function',
      () => gadgets().query({ id: 'g1' }, { filter: { name: (() => 1) as never } }),
    ],
  ])('refuses %s with a typed error', async (_what, call) => {
    const before = await storedItems();
    const attempt = call();
    await expect(attempt).rejects.toBeInstanceOf(MonotableError);
    await expect(attempt).rejects.not.toBeInstanceOf(TypeError);
    expect(await storedItems()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts what fits: numbers at the limits, ISO text for dates, homogeneous sets, deep-enough maps', async () => {
    const stored = await gadgets().create({
      id: 'g-ok',
      score: Number.MAX_SAFE_INTEGER,
      seenAt: '2026-12-05T10:00:00.000Z' as unknown as Date,
      tags: new Set(['a', 'b']),
      prefs: nested(30),
      extra: { big: 10n ** 125n, tiny: 1e-130, precise: 12345678901234567890123456789012345678n },
    });
    expect(stored.score).toBe(Number.MAX_SAFE_INTEGER);
    const read = await gadgets().getOrFail({ id: 'g-ok' });
    expect(read.seenAt).toEqual(new Date('2026-12-05T10:00:00.000Z'));
    expect(read.tags).toEqual(new Set(['a', 'b']));
  });

  it('refuses a transaction whose items add up to more than 4 MB, writing nothing', async () => {
    const before = await storedItems();
    const attempt = db.transaction((tx) => {
      for (let i = 0; i < 12; i++) tx.put(Gadget, { id: `big-${i}`, name: 'x'.repeat(390 * 1024) });
    });
    await expect(attempt).rejects.toBeInstanceOf(TransactionTooLargeError);
    await expect(attempt).rejects.toThrow(/4194304 bytes \(4 MB\)/);
    expect(await storedItems()).toEqual(before);
  });

  it('reads a map stored with a "__proto__" key by another program as data, never as a prototype', async () => {
    // Written with raw attribute values, as another program might.
    const prefs = JSON.parse(
      '{"theme": {"S": "dark"}, "__proto__": {"M": {"polluted": {"S": "yes"}}}}',
    );
    await backend().client.send(
      new PutItemCommand({
        TableName: tableName,
        Item: {
          PK: { S: 'GADGET#raw' },
          SK: { S: 'GADGET' },
          _type: { S: 'Gadget' },
          _v: { N: '1' },
          id: { S: 'raw' },
          prefs: { M: prefs },
          extra: { L: [{ M: prefs }] },
        },
      }),
    );
    const read = await gadgets().getOrFail({ id: 'raw' });
    expect(read.prefs!.theme).toBe('dark');
    expect((read.prefs as Record<string, unknown>).polluted).toBeUndefined();
    expect([null, Object.prototype]).toContain(Object.getPrototypeOf(read.prefs));
    expect(((read.extra as unknown[])[0] as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // A conditional failure on that item is still a typed error.
    await expect(
      gadgets().update({ id: 'raw' }, { name: 'n' }, { condition: { name: 'nope' } }),
    ).rejects.toBeInstanceOf(MonotableError);
  });

  it('keeps the typed error of an update path segment', async () => {
    await expect(
      gadgets().update({ id: 'g1' }, { 'prefs.constructor': 1 } as never),
    ).rejects.toBeInstanceOf(InvalidExpressionError);
  });
});

describe('A batch get that leaves keys unprocessed (in-process engine, injected faults)', () => {
  it('hands over every item it read, with the keys to ask for again', async () => {
    const engine = new MemoryDynamoDB({ seed: 5 });
    const db = new Monotable({
      client: engine.createClient(),
      table: HostileTable,
      entities: [Gadget],
      retry: { maxAttempts: 1 },
    });
    await db.createTable();
    const gadgets = db.getRepository(Gadget);
    await gadgets.batchPut(Array.from({ length: 60 }, (_, i) => ({ id: `g${i}`, score: i })));
    engine.faults.unprocessed({ operation: 'BatchGetItem', ratio: 0.5 });
    const keys = Array.from({ length: 60 }, (_, i) => ({ id: `g${i}` }));
    const error = await gadgets.batchGet(keys).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(BatchGetError);
    const { items, unprocessedKeys } = error as BatchGetError<Gadget>;
    const read = items.filter((item): item is Gadget => item !== undefined);
    expect(read.length).toBeGreaterThan(0);
    expect(read.length + unprocessedKeys.length).toBe(60);
    expect(read.every((item) => item instanceof Gadget)).toBe(true);
    items.forEach((item, i) => item && expect(item.id).toBe(`g${i}`));
  });
});
