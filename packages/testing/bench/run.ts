/**
 * `npm run bench` for @monotable/testing: MemoryDynamoDB against DynamoDB Local, in one run.
 *  1. sequential PutItem / GetItem / Query through the same SDK client code (medians, ratios),
 *     beside the SDK alone (canned responses) and the engine alone (answer(), no SDK);
 *  2. start-up: new engine → first answered request, against spawning DynamoDB Local;
 *  3. Query latency and stats.itemsRead with 10^4, 10^5 and 10^6 items in the table;
 *  4. what monotable-local --persist adds to a write (fsync before the answer).
 * Results go to stdout as Markdown tables, progress to stderr. Every DynamoDB Local started
 * here is stopped before the process ends, on error too.
 */
import os from 'node:os';
import { createLocalClient, MemoryDynamoDB, type DynamoDBLocal, type EngineServer } from '../src';
import { formatMs, formatRatio, median, percentile, progress, renderTable } from './measure';
import { measurePersistence, PERSISTENCE_OPTIONS, persistenceSection } from './persistence';
import { measureScale, PAGE } from './scale';
import { createCannedClient } from './canned-client';
import { createBenchTable, seedReadItems, WORKLOAD } from './sdk-workload';
import { measureStartup } from './startup';
import { engineTarget, measureSequential, sdkTarget, type Samples, type Target } from './throughput';

const SEQUENTIAL = { warmup: 500, ops: 2000, rounds: 5 };
const STARTUP_ROUNDS = 3;
const SCALE = { sizes: [10_000, 100_000, 1_000_000], warmup: 50, queries: 200, rounds: 4 };
const TARGET_RATIO = 50;

const ENGINE_ONLY = 'MemoryDynamoDB engine alone: answer(), no SDK';
const CANNED = 'SDK alone: canned responses, no engine';
const MEMORY = 'MemoryDynamoDB in-process (createClient)';
const MEMORY_HTTP = 'MemoryDynamoDB over HTTP (listen)';
const LOCAL = 'DynamoDB Local (HTTP)';

const locals: DynamoDBLocal[] = [];
let server: EngineServer | undefined;

async function sequentialSection(local: DynamoDBLocal): Promise<string> {
  const inProcess = new MemoryDynamoDB();
  const overHttp = new MemoryDynamoDB();
  const alone = new MemoryDynamoDB();
  server = await overHttp.listen(0);
  const clients = [inProcess.createClient(), createLocalClient(server.endpoint), alone.createClient()];
  for (const client of clients) await createBenchTable(client);
  const localClient = local.createClient(); // its table exists since the start-up rounds
  for (const client of [...clients, localClient]) await seedReadItems(client);
  clients[2].destroy();
  const targets: Target[] = [
    engineTarget(ENGINE_ONLY, alone),
    sdkTarget(CANNED, createCannedClient()),
    sdkTarget(MEMORY, clients[0]),
    sdkTarget(MEMORY_HTTP, clients[1]),
    sdkTarget(LOCAL, localClient),
  ];
  let samples: Samples;
  try {
    samples = await measureSequential(targets, SEQUENTIAL);
  } finally {
    for (const target of targets) target.close();
  }
  const localMedians = WORKLOAD.map((step) => median(samples[step.name][LOCAL]));
  const rows = targets.map((target) => [
    target.name,
    ...WORKLOAD.map((step, k) => {
      const value = median(samples[step.name][target.name]);
      return target.name === LOCAL ? formatMs(value) : `${formatMs(value)} (${formatRatio(localMedians[k] / value)})`;
    }),
  ]);
  return [
    `### Sequential operations (median per op; in brackets: DynamoDB Local's median / this one)`,
    '',
    `${SEQUENTIAL.ops} ops of each kind per target after ${SEQUENTIAL.warmup} warm-up, in ${SEQUENTIAL.rounds} interleaved rounds. ` +
      `Every row but the first runs the same DynamoDBClient code. Target: Local / in-process ≥ ${TARGET_RATIO}×.`,
    '',
    renderTable(['Target', ...WORKLOAD.map((step) => step.name)], rows),
  ].join('\n');
}

function startupSection(result: Awaited<ReturnType<typeof measureStartup>>['result']): string {
  const memory = median(result.memory);
  const ready = median(result.localReady);
  const total = median(result.localTotal);
  const rows = [
    ['to the first answered request', formatMs(memory), formatMs(ready), formatRatio(ready / memory)],
    ['… plus CreateTable + first PutItem', formatMs(memory), formatMs(total), formatRatio(total / memory)],
  ];
  return [
    `### Start-up (median of ${STARTUP_ROUNDS} alternated rounds; the in-process figure always includes CreateTable + first PutItem)`,
    '',
    renderTable(['Start-up', 'MemoryDynamoDB', 'DynamoDB Local', 'Local / Memory'], rows),
    '',
    `In-process rounds: ${result.memory.map(formatMs).join(', ')} (the first includes the process's first SDK call).`,
  ].join('\n');
}

function scaleSection(results: Awaited<ReturnType<typeof measureScale>>): string {
  const rows = results.map((result) => [
    result.items.toLocaleString('en-US'),
    result.partitions.toLocaleString('en-US'),
    formatMs(result.loadMs),
    formatMs(median(result.sdk)),
    formatMs(percentile(result.sdk, 90)),
    formatMs(median(result.engineOnly)),
    result.itemsReadPerQuery.toFixed(1),
  ]);
  const smallest = median(results[0].sdk);
  const largest = median(results[results.length - 1].sdk);
  return [
    `### Query latency against table size (MemoryDynamoDB; ${SCALE.queries} queries per size, each returning ${PAGE} items of one partition; ${SCALE.rounds} interleaved rounds)`,
    '',
    renderTable(
      ['Items in table', 'Partitions', 'Load (restore)', 'Query median (SDK)', 'Query p90 (SDK)', 'Query median (engine only)', 'itemsRead / query'],
      rows,
    ),
    '',
    `Largest / smallest table, SDK median: ${formatRatio(largest / smallest)}; engine alone: ${formatRatio(median(results[results.length - 1].engineOnly) / median(results[0].engineOnly))}.`,
  ].join('\n');
}

async function stopEverything(): Promise<void> {
  await server?.close();
  server = undefined;
  await Promise.allSettled(locals.map((local) => local.stop()));
}

async function main(): Promise<void> {
  const started = Date.now();
  progress('starting engines (start-up rounds)');
  const startup = await measureStartup(STARTUP_ROUNDS, (local) => locals.push(local));
  progress('sequential operations');
  const sequential = await sequentialSection(startup.local);
  await stopEverything();
  progress('query latency against table size');
  const scale = await measureScale(SCALE.sizes, SCALE);
  progress('persistence cost');
  const persistence = await measurePersistence(PERSISTENCE_OPTIONS);
  const cpu = os.cpus();
  console.log(
    [
      `## @monotable/testing: MemoryDynamoDB vs DynamoDB Local`,
      '',
      `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`,
      '',
      sequential,
      '',
      startupSection(startup.result),
      '',
      scaleSection(scale),
      '',
      persistenceSection(persistence.results, PERSISTENCE_OPTIONS, persistence.directory),
      '',
      `Total bench time: ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    ].join('\n'),
  );
}

process.once('SIGINT', () => {
  // process.exit runs the launcher's exit hook, which kills every DynamoDB Local still running.
  void stopEverything().finally(() => process.exit(130));
});

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => stopEverything());
