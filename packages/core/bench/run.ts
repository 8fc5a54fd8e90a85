/**
 * `npm run bench`: the same workload through monotable and through the raw DocumentClient, on
 * one stub request handler with canned responses. Prints per-operation medians and the ratio
 * monotable / raw measured in this run.
 */
import 'reflect-metadata';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { Attribute, Entity, Monotable, Table, getEntityMetadata, increment } from '../src';
import { prepareOperation } from '../src/requests/prepare-operation';
import type { WriteIntent } from '../src/requests/write-intent';
import type { Connection } from '../src/runtime/connection';
import { writeContext } from '../src/runtime/write-context';
import { stubHandler } from './stub-handler';

const BenchTable = new Table({ name: 'bench', partitionKey: 'PK', sortKey: 'SK' });

@Entity({ table: BenchTable, name: 'Product', pk: 'PRODUCT#{sku}', sk: 'PRODUCT' })
class Product {
  @Attribute() sku!: string;
  @Attribute() title!: string;
  @Attribute({ type: 'number' }) stock!: number;
}

@Entity({ table: BenchTable, name: 'Order', pk: 'CUSTOMER#{customerId}', sk: 'ORDER#{id}' })
class Order {
  @Attribute() customerId!: string;
  @Attribute() id!: string;
  @Attribute({ type: 'number' }) total!: number;
  @Attribute() status!: string;
}

const productItem = {
  PK: 'PRODUCT#A1',
  SK: 'PRODUCT',
  _type: 'Product',
  _v: 1,
  sku: 'A1',
  title: 'Anvil',
  stock: 3,
};
const orderItems = Array.from({ length: 1000 }, (_, i) => ({
  PK: 'CUSTOMER#c1',
  SK: `ORDER#${String(i).padStart(4, '0')}`,
  _type: 'Order',
  _v: 1,
  customerId: 'c1',
  id: String(i).padStart(4, '0'),
  total: i,
  status: 'open',
}));

const handler = stubHandler({
  PutItem: {},
  GetItem: { Item: marshall(productItem) },
  UpdateItem: { Attributes: marshall(productItem) },
  Query: { Items: orderItems.map((item) => marshall(item)), Count: 1000, ScannedCount: 1000 },
});
const client = new DynamoDBClient({
  region: 'local',
  credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  requestHandler: handler as any,
});
const raw = DynamoDBDocumentClient.from(client, {
  marshallOptions: { removeUndefinedValues: true },
});
const db = new Monotable({ client, table: BenchTable, entities: [Product, Order] });
const products = db.getRepository(Product);
const orders = db.getRepository(Order);

/** The raw UpdateCommand of an existing product (`#n0` names its partition key), returning it. */
const rawUpdate = (
  UpdateExpression: string,
  ExpressionAttributeNames: Record<string, string>,
  ExpressionAttributeValues: Record<string, unknown>,
) =>
  raw.send(
    new UpdateCommand({
      TableName: 'bench',
      Key: { PK: 'PRODUCT#A1', SK: 'PRODUCT' },
      UpdateExpression,
      ConditionExpression: 'attribute_exists(#n0)',
      ExpressionAttributeNames,
      ExpressionAttributeValues,
      ReturnValues: 'ALL_NEW',
    }),
  );

const workloads: Record<
  string,
  { iterations: number; raw: () => Promise<unknown>; monotable: () => Promise<unknown> }
> = {
  put: {
    iterations: 3000,
    raw: () => raw.send(new PutCommand({ TableName: 'bench', Item: productItem })),
    monotable: () => products.put({ sku: 'A1', title: 'Anvil', stock: 3 }),
  },
  get: {
    iterations: 3000,
    raw: () =>
      raw.send(new GetCommand({ TableName: 'bench', Key: { PK: 'PRODUCT#A1', SK: 'PRODUCT' } })),
    monotable: () => products.get({ sku: 'A1' }),
  },
  update: {
    iterations: 3000,
    raw: () => rawUpdate('SET #n1 = :v0', { '#n0': 'PK', '#n1': 'stock' }, { ':v0': 5 }),
    monotable: () => products.update({ sku: 'A1' }, { stock: 5 }),
  },
  'update (increment)': {
    iterations: 3000,
    raw: () =>
      rawUpdate(
        'SET #n1 = if_not_exists(#n1, :v0) + :v1',
        { '#n0': 'PK', '#n1': 'stock' },
        { ':v0': 0, ':v1': 1 },
      ),
    monotable: () => products.update({ sku: 'A1' }, { stock: increment(1) }),
  },
  'query (1,000 items)': {
    iterations: 200,
    raw: () =>
      raw.send(
        new QueryCommand({
          TableName: 'bench',
          KeyConditionExpression: '#n0 = :v0 AND begins_with(#n1, :v1)',
          FilterExpression: '#n2 = :v2',
          ExpressionAttributeNames: { '#n0': 'PK', '#n1': 'SK', '#n2': '_type' },
          ExpressionAttributeValues: { ':v0': 'CUSTOMER#c1', ':v1': 'ORDER#', ':v2': 'Order' },
        }),
      ),
    monotable: () => orders.query({ customerId: 'c1' }),
  },
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function measure(fn: () => Promise<unknown>, iterations: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return samples;
}

async function main() {
  console.log('monotable vs raw DynamoDBDocumentClient (stub handler, canned responses)\n');
  console.log('operation            raw median   monotable median   ratio');
  for (const [name, workload] of Object.entries(workloads)) {
    // Warm up both paths, then alternate rounds so drift affects both sides alike.
    await measure(workload.raw, Math.ceil(workload.iterations / 5));
    await measure(workload.monotable, Math.ceil(workload.iterations / 5));
    const rawSamples: number[] = [];
    const monoSamples: number[] = [];
    for (let round = 0; round < 5; round++) {
      rawSamples.push(...(await measure(workload.raw, workload.iterations / 5)));
      monoSamples.push(...(await measure(workload.monotable, workload.iterations / 5)));
    }
    const rawMedian = median(rawSamples);
    const monoMedian = median(monoSamples);
    console.log(
      `${name.padEnd(20)} ${(rawMedian * 1000).toFixed(0).padStart(7)} µs ${(monoMedian * 1000)
        .toFixed(0)
        .padStart(14)} µs   ${(monoMedian / rawMedian).toFixed(2)}×`,
    );
  }
}

/**
 * Where a write's overhead goes: the same call split into its stages, each timed alternately
 * with the raw call — building the request (validation, keys, expressions: the write pipeline
 * alone), and sending monotable's built request through the DocumentClient (no building).
 * full − raw is the overhead; build + (send − raw) accounts for it, the rest is the glue
 * between them (promises, retry loop, hydration).
 */
async function stages() {
  const connection = (db as unknown as { connection: Connection }).connection;
  const meta = getEntityMetadata(Product);
  // Keyed like the workloads they split.
  const writes: Record<string, { intent: WriteIntent; returnValues?: 'ALL_NEW' }> = {
    put: { intent: { kind: 'put', data: { sku: 'A1', title: 'Anvil', stock: 3 } } },
    update: {
      intent: { kind: 'update', key: { sku: 'A1' }, changes: { stock: 5 }, options: {} },
      returnValues: 'ALL_NEW',
    },
    'update (increment)': {
      intent: { kind: 'update', key: { sku: 'A1' }, changes: { stock: increment(1) }, options: {} },
      returnValues: 'ALL_NEW',
    },
  };
  console.log(
    "\nwhere the overhead goes (medians; send = monotable's built request through the DocumentClient)\n",
  );
  console.log(
    'operation            raw        build      send       full       overhead = build + send extra + glue',
  );
  for (const [name, { intent, returnValues }] of Object.entries(writes)) {
    const build = () => prepareOperation(meta, intent, writeContext(connection, 'single'));
    const built = (await build())!.writes[0];
    const params = {
      ...(built.params as any),
      ...(returnValues ? { ReturnValues: returnValues } : {}),
    };
    const send = () =>
      built.kind === 'update'
        ? raw.send(new UpdateCommand(params))
        : raw.send(new PutCommand(params));
    const sides = {
      raw: workloads[name].raw,
      build,
      send,
      full: workloads[name].monotable,
    };
    const samples: Record<string, number[]> = { raw: [], build: [], send: [], full: [] };
    for (const fn of Object.values(sides)) await measure(fn, 600);
    for (let round = 0; round < 5; round++) {
      for (const [side, fn] of Object.entries(sides))
        samples[side].push(...(await measure(fn, 600)));
    }
    const m = Object.fromEntries(
      Object.entries(samples).map(([side, values]) => [side, median(values) * 1000]),
    );
    const sendExtra = m.send - m.raw;
    const glue = m.full - m.raw - m.build - sendExtra;
    const us = (value: number) => `${value.toFixed(0).padStart(5)} µs`;
    console.log(
      `${name.padEnd(20)} ${us(m.raw)}   ${us(m.build)}   ${us(m.send)}   ${us(m.full)}   ${us(m.full - m.raw)} = ${us(m.build)} + ${us(sendExtra)} + ${us(glue)}`,
    );
  }
}

main()
  .then(stages)
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
