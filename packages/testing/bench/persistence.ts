/**
 * What `monotable-local --persist` costs: the same HTTP server and SDK client with and without
 * the journal (every write fdatasync'ed before its answer), sequential and with 50 concurrent
 * writers (whose writes share fsyncs). The file goes to a temporary directory: the figures are
 * the disk's fsync latency, so they mean nothing on tmpfs.
 *
 * Alone: node -r ts-node/register/transpile-only bench/persistence.ts
 */
import { GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { createLocalClient, MemoryDynamoDB } from '../src';
import { PersistedState } from '../src/cli/persisted-state';
import { startHttpServer, type EngineServer, type JsonRequestAnswerer } from '../src/engine/transport';
import { formatMs, median, now, percentile, progress, renderTable, timeEach } from './measure';
import { createBenchTable, PAYLOAD, TABLE_NAME } from './sdk-workload';

export interface PersistenceOptions {
  warmup: number;
  ops: number;
  writers: number;
  /** PutItems per writer in the concurrent run. */
  opsPerWriter: number;
}

export const PERSISTENCE_OPTIONS: PersistenceOptions = { warmup: 200, ops: 1000, writers: 50, opsPerWriter: 40 };

export interface PersistenceResult {
  name: string;
  putSequential: number[];
  getSequential: number[];
  /** Per-PutItem latency with `writers` writers at once. */
  putConcurrent: number[];
  /** Acknowledged PutItems per second with `writers` writers at once. */
  concurrentPerSecond: number;
}

interface Served {
  name: string;
  server: EngineServer;
  client: DynamoDBClient;
  close(): Promise<void>;
}

async function serve(name: string, answer: JsonRequestAnswerer, close: () => Promise<void> = async () => undefined): Promise<Served> {
  const server = await startHttpServer(answer);
  const client = createLocalClient(server.endpoint);
  await createBenchTable(client);
  return {
    name,
    server,
    client,
    close: async () => {
      client.destroy();
      await server.close();
      await close();
    },
  };
}

const putCommand = (key: string) =>
  new PutItemCommand({ TableName: TABLE_NAME, Item: { pk: { S: key }, sk: { S: 'ITEM' }, n: { N: '1' }, payload: { S: PAYLOAD } } });

async function measure(target: Served, options: PersistenceOptions): Promise<PersistenceResult> {
  const put = (key: string) => target.client.send(putCommand(key));
  await timeEach(options.warmup, (i) => put(`warm#${i}`), []);
  const putSequential: number[] = [];
  await timeEach(options.ops, (i) => put(`seq#${i}`), putSequential);
  const getSequential: number[] = [];
  await timeEach(
    options.ops,
    (i) => target.client.send(new GetItemCommand({ TableName: TABLE_NAME, Key: { pk: { S: `seq#${i}` }, sk: { S: 'ITEM' } } })),
    getSequential,
  );
  const putConcurrent: number[] = [];
  const start = now();
  await Promise.all(
    Array.from({ length: options.writers }, (_, writer) =>
      timeEach(options.opsPerWriter, (i) => put(`w${writer}#${i}`), putConcurrent),
    ),
  );
  const concurrentPerSecond = (options.writers * options.opsPerWriter) / ((now() - start) / 1000);
  progress(`${target.name}: done`);
  return { name: target.name, putSequential, getSequential, putConcurrent, concurrentPerSecond };
}

/** Runs the two servers one after the other (sharing the CPU would blur the difference). */
export async function measurePersistence(options: PersistenceOptions): Promise<{ results: PersistenceResult[]; directory: string }> {
  const directory = mkdtempSync(join(os.tmpdir(), 'monotable-bench-persist-'));
  const results: PersistenceResult[] = [];
  try {
    const plain = new MemoryDynamoDB({ recordRequests: false });
    const inMemory = await serve('HTTP server, no persistence', (target, body) => plain.answer(target, body));
    results.push(await measure(inMemory, options));
    await inMemory.close();

    const durable = new MemoryDynamoDB({ recordRequests: false });
    const state = PersistedState.open(join(directory, 'state.json'), durable, (error) => {
      throw error;
    });
    const persisted = await serve('HTTP server with --persist (fdatasync per write)', (target, body) => state.answer(target, body), () => state.close());
    results.push(await measure(persisted, options));
    await persisted.close();
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  return { results, directory };
}

export function persistenceSection(results: PersistenceResult[], options: PersistenceOptions, directory: string): string {
  const [plain, persisted] = results;
  const rows = results.map((result) => [
    result.name,
    formatMs(median(result.putSequential)),
    formatMs(percentile(result.putSequential, 90)),
    formatMs(median(result.getSequential)),
    formatMs(median(result.putConcurrent)),
    `${Math.round(result.concurrentPerSecond).toLocaleString('en-US')}/s`,
  ]);
  return [
    `### Persistence cost: monotable-local --persist against the same server without it`,
    '',
    `${options.ops} sequential PutItem then GetItem after ${options.warmup} warm-up; then ${options.writers} concurrent writers × ${options.opsPerWriter} PutItem. ` +
      `State file in ${directory} (the figures are that disk's fsync latency).`,
    '',
    renderTable(['Server', 'PutItem median', 'PutItem p90', 'GetItem median', `PutItem median, ${options.writers} writers`, `PutItem throughput, ${options.writers} writers`], rows),
    '',
    `Added to a sequential PutItem by --persist (medians): ${formatMs(median(persisted.putSequential) - median(plain.putSequential))}.`,
  ].join('\n');
}

if (require.main === module) {
  measurePersistence(PERSISTENCE_OPTIONS)
    .then(({ results, directory }) => console.log(persistenceSection(results, PERSISTENCE_OPTIONS, directory)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
