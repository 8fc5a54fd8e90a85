import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { IsOptional, Length } from 'class-validator';
import fc from 'fast-check';
import {
  Attribute,
  Entity,
  Monotable,
  Table,
  UpdatedAt,
  Version,
  append,
  decrement,
  increment,
  type DynamoRequest,
} from '..';
import { findUpdatePlan, forgetUpdatePlans, updateShape } from './update-plan';

const PlanTable = new Table({
  name: 'plans',
  partitionKey: 'PK',
  sortKey: 'SK',
  indexes: { GSI1: { partitionKey: 'GSI1PK', sortKey: 'GSI1SK' } },
});

/** Every kind of attribute an update can set, with validation, @Version, @UpdatedAt, schema v2. */
function declare(name: string) {
  @Entity({
    table: PlanTable,
    name,
    pk: 'DOC#{id}',
    sk: 'DOC',
    indexes: { GSI1: { pk: 'OWNER#{owner}', sk: 'DOC#{id}' } },
    version: 2,
    migrations: { 2: (v1) => v1 },
  })
  class Doc {
    @Attribute() id!: string;
    @Attribute() owner!: string;
    @IsOptional() @Length(1, 20) @Attribute() title?: string;
    @Attribute({ type: 'number' }) stock?: number;
    @Attribute({ type: 'boolean' }) flag?: boolean;
    @Attribute({ type: 'list' }) tags?: string[];
    @Attribute({ type: 'set' }) labels?: Set<string>;
    @Attribute({ type: 'map' }) details?: Record<string, unknown>;
    @Attribute({ type: 'date' }) since?: Date;
    @Version() version!: number;
    @UpdatedAt() updatedAt!: Date;
  }
  return Doc;
}

const Planned = declare('Planned');
/** The same entity under another name: its plans are cleared before every call (full path). */
const FullPath = declare('FullPath');

let now = new Date('2026-01-01T00:00:00.000Z');
/** One connection per entity: both have the same keys, so one table model cannot hold both. */
const connect = (entity: typeof Planned) =>
  new Monotable({
    client: new DynamoDBClient({
      region: 'local',
      endpoint: 'http://127.0.0.1:9',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    }),
    table: PlanTable,
    entities: [entity],
    now: () => now,
  });
const connections = new Map([Planned, FullPath].map((entity) => [entity, connect(entity)]));
/** Plans live in each connection's own entity model. */
const modelOf = (entity: typeof Planned) => connections.get(entity)!.metadataOf(entity);

async function request(
  entity: typeof Planned,
  changes: Record<string, unknown>,
  expectedVersion?: number,
): Promise<DynamoRequest | Error> {
  const db = connections.get(entity)!;
  try {
    return await db.explain(() =>
      db.getRepository(entity).update({ id: 'd1' }, changes as any, { expectedVersion }),
    );
  } catch (error) {
    return error as Error;
  }
}

const values = {
  title: fc.string({ maxLength: 25 }),
  stock: fc.oneof(
    fc.integer({ min: -5, max: 5 }),
    fc.integer({ min: 1, max: 9 }).map(increment),
    fc.integer({ min: 1, max: 9 }).map(decrement),
  ),
  flag: fc.boolean(),
  tags: fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
  labels: fc
    .uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 3 })
    .map((a) => new Set(a)),
  details: fc.dictionary(fc.string({ minLength: 1, maxLength: 3 }), fc.integer()),
  since: fc.date({ min: new Date(0), max: new Date('2100-01-01'), noInvalidDate: true }),
  updatedAt: fc.date({ min: new Date(0), max: new Date('2100-01-01'), noInvalidDate: true }),
};
/** Two changes objects of one shape (the same properties in the same order), values apart. */
const sameShapeTwice = fc
  .shuffledSubarray(Object.keys(values) as (keyof typeof values)[], { minLength: 1 })
  .chain((keys) => {
    const changes = fc
      .tuple(...keys.map((key) => values[key].map((value) => [key, value] as const)))
      .map((entries) => Object.fromEntries(entries));
    return fc.tuple(changes, changes);
  });

const call = fc.record({
  shapes: sameShapeTwice,
  expectedVersion: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
  nows: fc.tuple(values.since, values.since),
});

describe('update plans', () => {
  test('a planned update sends exactly what the full path builds, for any shape and values', async () => {
    let served = 0;
    await fc.assert(
      fc.asyncProperty(call, async ({ shapes, expectedVersion, nows }) => {
        forgetUpdatePlans(modelOf(Planned));
        for (const [i, changes] of shapes.entries()) {
          now = nows[i];
          const meta = modelOf(Planned);
          const shape = updateShape(meta, changes, { expectedVersion });
          if (shape !== undefined && findUpdatePlan(meta, shape)) served++;
          const planned = await request(Planned, changes, expectedVersion);
          forgetUpdatePlans(modelOf(FullPath)); // the twin always takes the full path
          const full = await request(FullPath, changes, expectedVersion);
          if (full instanceof Error) {
            expect(planned).toBeInstanceOf(Error);
            expect((planned as Error).message).toBe(full.message.replaceAll('FullPath', 'Planned'));
          } else {
            expect(planned).toEqual(full);
          }
        }
      }),
      { numRuns: 300 },
    );
    expect(served).toBeGreaterThan(150); // the second call of a valid shape is planned
  });

  test('repeated shapes are served by a plan; keys, most operators and conditions take the full path', async () => {
    const meta = modelOf(Planned);
    forgetUpdatePlans(meta);
    await request(Planned, { stock: 1, title: 'a' });
    expect(findUpdatePlan(meta, updateShape(meta, { stock: 1, title: 'a' }, {})!)).toBeTruthy();
    expect(updateShape(meta, { owner: 'x' }, {})).toBeUndefined(); // an index key slot
    expect(updateShape(meta, { id: 'x' }, {})).toBeUndefined(); // a primary key slot
    expect(updateShape(meta, { 'details.a': 1 }, {})).toBeUndefined();
    expect(updateShape(meta, { stock: null }, {})).toBeUndefined();
    expect(updateShape(meta, { stock: 1 }, { condition: { stock: 1 } })).toBeUndefined();
    expect(updateShape(meta, { tags: append(['x']) }, {})).toBeUndefined();
  });

  test('increment and decrement are planned: a repeated call with another amount sends that amount', async () => {
    const meta = modelOf(Planned);
    forgetUpdatePlans(meta);
    await request(Planned, { stock: increment(2), title: 'a' });
    const shape = updateShape(meta, { stock: increment(5), title: 'b' }, {})!;
    expect(findUpdatePlan(meta, shape)).toBeTruthy();
    const planned = (await request(Planned, { stock: increment(5), title: 'b' })) as DynamoRequest;
    expect(Object.values(planned.params.ExpressionAttributeValues)).toEqual(
      expect.arrayContaining([5, 'b']),
    );
    expect(updateShape(meta, { stock: decrement(5), title: 'b' }, {})).not.toBe(shape);
  });

  test('plans belong to one connection: another connection of the same entity has its own', async () => {
    const other = connect(Planned);
    forgetUpdatePlans(modelOf(Planned));
    await other.explain(() => other.getRepository(Planned).update({ id: 'd1' }, { stock: 2 }));
    const shape = updateShape(modelOf(Planned), { stock: 2 }, {})!;
    expect(findUpdatePlan(other.metadataOf(Planned), shape)).toBeTruthy();
    expect(findUpdatePlan(modelOf(Planned), shape)).toBeUndefined();
  });
});
