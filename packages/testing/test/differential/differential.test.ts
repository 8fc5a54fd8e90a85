/**
 * Differential test: fast-check generates short sequences of Put/Update/Delete/Get/Query/Scan
 * on a table with a GSI and an LSI; each sequence runs on DynamoDB Local and on a fresh
 * MemoryDynamoDB, and every response plus the final table and index contents must be equal.
 *
 * Seeded and reproducible: MONOTABLE_DIFFERENTIAL_SEED (default below) and
 * MONOTABLE_DIFFERENTIAL_RUNS (default 200 on CI, 60 elsewhere).
 */
import fc from 'fast-check';
import { DeleteTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { MemoryDynamoDB } from '../../src/engine/memory-dynamodb';
import { enabledBackends, LOCAL_ENDPOINT_ENV } from '../../src/helpers/backend-kind';
import { createLocalClient, startDynamoDBLocal, type DynamoDBLocal } from '../../src/local';
import type { ConformanceCase } from '../conformance/harness/conformance-case';
import { runCase } from '../conformance/harness/run-case';
import { scan, type Step } from '../conformance/harness/steps';
import { TableNames } from '../conformance/harness/table-names';
import { differentialTable } from './differential-table';
import { operationSequence } from './operation-arbitraries';

const seed = Number(process.env.MONOTABLE_DIFFERENTIAL_SEED ?? 20_240_601);
const numRuns = Number(process.env.MONOTABLE_DIFFERENTIAL_RUNS ?? (process.env.CI ? 200 : 60));
const runId = Date.now().toString(36);
/** DynamoDB Local is the oracle: without the `local` backend (MONOTABLE_BACKEND=memory) there is none. */
const localEnabled = enabledBackends().includes('local');

let local: DynamoDBLocal | undefined;
let localClient: DynamoDBClient;
let sequenceNumber = 0;

beforeAll(async () => {
  if (!localEnabled) return;
  // The run's shared DynamoDB Local when there is one (tables are named per run and sequence).
  const shared = process.env[LOCAL_ENDPOINT_ENV];
  if (shared) {
    localClient = createLocalClient(shared, { maxAttempts: 1 });
    return;
  }
  local = await startDynamoDBLocal();
  localClient = local.createClient({ maxAttempts: 1 });
}, 120_000);

afterAll(async () => {
  localClient?.destroy();
  await local?.stop();
});

/** The generated requests, then the whole table and the GSI, read back. */
function asCase(operations: Step[]): ConformanceCase {
  return {
    name: 'generated',
    setup: [differentialTable()],
    request: [...operations, scan({ ConsistentRead: true }), scan({ IndexName: 'byStatus' })],
  };
}

(localEnabled ? test : test.skip)(
  `${numRuns} generated sequences answer alike on DynamoDB Local and MemoryDynamoDB (seed ${seed})`,
  async () => {
    await fc.assert(
      fc.asyncProperty(operationSequence, async (operations) => {
        const testCase = asCase(operations);
        const names = new TableNames(`d${runId}_${(sequenceNumber += 1)}_`);
        const expected = await runCase(localClient, testCase, names);
        await localClient.send(new DeleteTableCommand({ TableName: names.resolve('$T') }));
        const memoryClient = new MemoryDynamoDB().createClient({ maxAttempts: 1 });
        const actual = await runCase(
          memoryClient,
          testCase,
          new TableNames(`d${runId}_${sequenceNumber}_`),
        );
        memoryClient.destroy();
        expect(actual).toEqual(expected);
      }),
      { seed, numRuns, interruptAfterTimeLimit: 150_000, markInterruptAsFailure: true },
    );
  },
  170_000,
);
