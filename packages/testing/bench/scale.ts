/**
 * Query latency against table size: one engine per size (10^4, 10^5, 10^6 items in
 * partitions of ROWS_PER_PARTITION), each Query returning PAGE items of one partition.
 */
import {
  DescribeTableCommand,
  QueryCommand,
  type AttributeValue,
  type DynamoDBClient,
  type QueryInput,
} from '@aws-sdk/client-dynamodb';
import { MemoryDynamoDB } from '../src';
import { now, progress, randomInts, timeEach } from './measure';
import { createBenchTable } from './sdk-workload';

const TABLE = 'scale';
const ROWS_PER_PARTITION = 100;
export const PAGE = 20;

export interface ScaleResult {
  items: number;
  partitions: number;
  loadMs: number;
  /** Per-query latency through the SDK client (ms). */
  sdk: number[];
  /** Per-query latency of the engine alone: `engine.answer()` on the JSON body (ms). */
  engineOnly: number[];
  /** stats.itemsRead divided by the queries measured. */
  itemsReadPerQuery: number;
}

interface ScaleEngine {
  engine: MemoryDynamoDB;
  client: DynamoDBClient;
  result: ScaleResult;
  next: (bound: number) => number;
  queries: number;
  itemsRead: number;
}

const rowKey = (row: number) => `S#${String(row).padStart(3, '0')}`;

function generateItems(count: number): Record<string, AttributeValue>[] {
  const items: Record<string, AttributeValue>[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const row = i % ROWS_PER_PARTITION;
    items[i] = {
      pk: { S: `P#${(i - row) / ROWS_PER_PARTITION}` },
      sk: { S: rowKey(row) },
      n: { N: String(i) },
    };
  }
  return items;
}

/**
 * An engine holding `count` items. They are loaded with the public `restore()` (a snapshot
 * whose table definition comes from a CreateTable through the client), which skips the
 * per-request JSON and validation work of BatchWriteItem.
 */
async function buildEngine(count: number, seed: number): Promise<ScaleEngine> {
  const engine = new MemoryDynamoDB({ recordRequests: false });
  const client = engine.createClient();
  await createBenchTable(client, TABLE);
  const [table] = engine.snapshot().tables;
  const start = now();
  engine.restore({ tables: [{ definition: table.definition, items: generateItems(count) }] });
  const loadMs = now() - start;
  const described = await client.send(new DescribeTableCommand({ TableName: TABLE }));
  if (described.Table?.ItemCount !== count) {
    throw new Error(`table holds ${described.Table?.ItemCount} items, expected ${count}`);
  }
  const partitions = count / ROWS_PER_PARTITION;
  progress(`loaded ${count} items (${partitions} partitions) in ${(loadMs / 1000).toFixed(2)} s`);
  return {
    engine,
    client,
    next: randomInts(seed),
    queries: 0,
    itemsRead: 0,
    result: { items: count, partitions, loadMs, sdk: [], engineOnly: [], itemsReadPerQuery: 0 },
  };
}

function queryInput(target: ScaleEngine): QueryInput {
  const partition = target.next(target.result.partitions);
  const first = target.next(ROWS_PER_PARTITION - PAGE + 1);
  return {
    TableName: TABLE,
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
    ExpressionAttributeValues: {
      ':pk': { S: `P#${partition}` },
      ':from': { S: rowKey(first) },
      ':to': { S: rowKey(first + PAGE - 1) },
    },
  };
}

async function sdkQuery(target: ScaleEngine): Promise<void> {
  const output = await target.client.send(new QueryCommand(queryInput(target)));
  if (output.Count !== PAGE) throw new Error(`Query returned ${output.Count} items, expected ${PAGE}`);
}

async function engineQuery(target: ScaleEngine): Promise<void> {
  const response = target.engine.answer('DynamoDB_20120810.Query', JSON.stringify(queryInput(target)));
  const count = (JSON.parse(response.body) as { Count?: number }).Count;
  if (response.statusCode !== 200 || count !== PAGE) throw new Error(`engine Query answered ${response.body.slice(0, 200)}`);
}

export async function measureScale(
  sizes: number[],
  options: { warmup: number; queries: number; rounds: number },
): Promise<ScaleResult[]> {
  const targets: ScaleEngine[] = [];
  for (const [k, size] of sizes.entries()) targets.push(await buildEngine(size, 7 + k));
  const heapMiB = process.memoryUsage().heapUsed / 2 ** 20;
  progress(`all tables loaded; heap used ${heapMiB.toFixed(0)} MiB`);
  for (const target of targets) {
    await timeEach(options.warmup, () => sdkQuery(target), []);
    await timeEach(options.warmup, () => engineQuery(target), []);
  }
  const perRound = Math.ceil(options.queries / options.rounds);
  for (let round = 0; round < options.rounds; round++) {
    for (let k = 0; k < targets.length; k++) {
      const target = targets[(k + round) % targets.length];
      const before = target.engine.stats.itemsRead;
      await timeEach(perRound, () => sdkQuery(target), target.result.sdk);
      await timeEach(perRound, () => engineQuery(target), target.result.engineOnly);
      target.itemsRead += target.engine.stats.itemsRead - before;
      target.queries += 2 * perRound;
    }
    progress(`scale round ${round + 1}/${options.rounds} done`);
  }
  for (const target of targets) {
    target.result.itemsReadPerQuery = target.itemsRead / target.queries;
    target.client.destroy();
  }
  return targets.map((target) => target.result);
}
