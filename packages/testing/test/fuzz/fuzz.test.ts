/**
 * Fuzz test: fast-check generates random requests of every operation (members present or not,
 * of the wrong JSON type, null; random expressions, placeholder maps and attribute values) and
 * sends them over HTTP to a MemoryDynamoDB, which must never answer 500. A sampled subset also
 * goes, in the same order, to a second MemoryDynamoDB and to DynamoDB Local, which must answer
 * alike: both succeed, or both fail with the same error __type (the differences listed in
 * fuzz-known-divergences.ts aside, each with its reason).
 *
 * Seeded and reproducible: MONOTABLE_FUZZ_SEED (default below), MONOTABLE_FUZZ_RUNS (requests,
 * default 1500), MONOTABLE_FUZZ_SAMPLE (every n-th request is compared with DynamoDB Local,
 * default 3); MONOTABLE_FUZZ_VERBOSE=1 also prints each known divergence. A failure names the
 * seed and the request's position.
 */
import fc from 'fast-check';
import { MemoryDynamoDB, type EngineServer } from '../../src/engine';
import { enabledBackends, LOCAL_ENDPOINT_ENV } from '../../src/helpers/backend-kind';
import { startDynamoDBLocal, type DynamoDBLocal } from '../../src/local';
import { TableNames } from '../conformance/harness/table-names';
import { knownDivergence } from './fuzz-known-divergences';
import { fuzzRequest, type FuzzRequest } from './fuzz-requests';
import { FUZZ_SETUP } from './fuzz-tables';
import { sendJson, type JsonAnswer } from './send-json';

const seed = Number(process.env.MONOTABLE_FUZZ_SEED ?? 20_241_114);
const numRuns = Number(process.env.MONOTABLE_FUZZ_RUNS ?? 1500);
const sampleEvery = Number(process.env.MONOTABLE_FUZZ_SAMPLE ?? 3);
const verbose = process.env.MONOTABLE_FUZZ_VERBOSE === '1';
const compareWithLocal = enabledBackends().includes('local');
const runId = Date.now().toString(36);

let engine: MemoryDynamoDB;
let server: EngineServer;
let twin: MemoryDynamoDB;
let twinServer: EngineServer;
let local: DynamoDBLocal | undefined;
let localEndpoint: string;

beforeAll(async () => {
  engine = new MemoryDynamoDB();
  server = await engine.listen(0);
  twin = new MemoryDynamoDB();
  twinServer = await twin.listen(0);
  if (!compareWithLocal) return;
  const shared = process.env[LOCAL_ENDPOINT_ENV];
  if (shared) {
    localEndpoint = shared;
  } else {
    local = await startDynamoDBLocal();
    localEndpoint = local.endpoint;
  }
}, 120_000);

afterAll(async () => {
  await server?.close();
  await twinServer?.close();
  await local?.stop();
});

const requests: FuzzRequest[] = fc.sample(fuzzRequest, { seed, numRuns });

/** A request with its table placeholders replaced by this run's table names. */
function resolve(request: FuzzRequest, names: TableNames): FuzzRequest {
  return { operation: request.operation, body: names.substitute(request.body) };
}

async function setUp(endpoint: string, names: TableNames): Promise<void> {
  for (const step of FUZZ_SETUP) {
    const answer = await sendJson(endpoint, step.operation, resolve(step, names).body);
    if (answer.status !== 200)
      throw new Error(`fuzz setup ${step.operation} failed: ${JSON.stringify(answer)}`);
  }
}

function report(index: number, request: FuzzRequest, answers: Record<string, JsonAnswer>): string {
  return `request ${index} (seed ${seed}): ${request.operation} ${JSON.stringify(request.body).slice(0, 600)}\n${Object.entries(
    answers,
  )
    .map(
      ([engineName, answer]) =>
        `  ${engineName}: ${answer.status} ${answer.type ?? ''} ${answer.message ?? ''}`,
    )
    .join('\n')}`;
}

test(`${numRuns} random requests: never a 500, and the sampled ones fail alike on DynamoDB Local (seed ${seed})`, async () => {
  const names = new TableNames(`fz${runId}_`);
  await setUp(server.endpoint, names);
  await setUp(twinServer.endpoint, names);
  if (compareWithLocal) await setUp(localEndpoint, names);
  const serverErrors: string[] = [];
  const divergences: string[] = [];
  const known = new Map<string, number>();
  for (const [index, generated] of requests.entries()) {
    const request = resolve(generated, names);
    const answer = await sendJson(server.endpoint, request.operation, request.body);
    if (answer.status >= 500) serverErrors.push(report(index, request, { engine: answer }));
    if (!compareWithLocal || index % sampleEvery !== 0) continue;
    const mine = await sendJson(twinServer.endpoint, request.operation, request.body);
    const theirs = await sendJson(localEndpoint, request.operation, request.body);
    if (mine.status >= 500) serverErrors.push(report(index, request, { twin: mine }));
    const alike = mine.status === theirs.status && mine.type === theirs.type;
    if (alike) continue;
    const reason = knownDivergence(request, mine, theirs);
    if (reason && verbose)
      console.log(
        `${reason}:\n${report(index, request, { engine: mine, 'DynamoDB Local': theirs })}`,
      );
    if (reason) known.set(reason, (known.get(reason) ?? 0) + 1);
    else divergences.push(report(index, request, { engine: mine, 'DynamoDB Local': theirs }));
  }
  if (known.size > 0) {
    console.log(
      `known divergences (seed ${seed}):\n${[...known].map(([reason, count]) => `  ${count} × ${reason}`).join('\n')}`,
    );
  }
  expect(serverErrors).toEqual([]);
  expect(divergences).toEqual([]);
}, 120_000);
