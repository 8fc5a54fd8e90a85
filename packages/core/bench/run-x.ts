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
import { Attribute, Entity, Monotable, Table } from '../src';
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
    raw: () =>
      raw.send(
        new UpdateCommand({
          TableName: 'bench',
          Key: { PK: 'PRODUCT#A1', SK: 'PRODUCT' },
          UpdateExpression: 'SET #n1 = :v0',
          ConditionExpression: 'attribute_exists(#n0)',
          ExpressionAttributeNames: { '#n0': 'PK', '#n1': 'stock' },
          ExpressionAttributeValues: { ':v0': 5 },
          ReturnValues: 'ALL_NEW',
        }),
      ),
    monotable: () => products.update({ sku: 'A1' }, { stock: 5 }),
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
  if (process.env.SPLIT) {
    const { prepareUpdate } = await import('../src/operations/build-update');
    const { hydrate } = await import('../src/repository/hydrate');
    const meta = db.metadataOf(Product);
    const executor = (db as any).executor;
    const w0 = await prepareUpdate(meta, 'bench', { sku: 'A1' }, { stock: 5 }, {}, new Date());
    const fixed = { ...w0.params, ReturnValues: 'ALL_NEW', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' };
    const variants: Record<string, () => Promise<unknown>> = {
      raw: workloads.update.raw,
      repo: () => products.update({ sku: 'A1' }, { stock: 5 }),
      manual: async () => {
        const w = await prepareUpdate(meta, 'bench', { sku: 'A1' }, { stock: 5 }, {}, new Date());
        const out = await executor.send('UpdateItem', { ...w.params, ReturnValues: 'ALL_NEW', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' });
        return hydrate(meta, out.Attributes);
      },
      freshCopy: async () => hydrate(meta, (await executor.send('UpdateItem', JSON.parse(JSON.stringify(fixed)))).Attributes),
      prepOnly: () => prepareUpdate(meta, 'bench', { sku: 'A1' }, { stock: 5 }, {}, new Date()),
      fixedExec: async () => hydrate(meta, (await executor.send('UpdateItem', fixed)).Attributes),
    };
    const res: Record<string, number[]> = {};
    for (let r = 0; r < 10; r++) for (const [name, fn] of Object.entries(variants)) {
      (res[name] ??= []).push(...(await measure(fn, 500)));
    }
    for (const [k, v] of Object.entries(res)) console.log(k, (median(v) * 1000).toFixed(0));
    return;
  }
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

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
