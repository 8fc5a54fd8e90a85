/**
 * The proof that MemoryDynamoDB behaves like DynamoDB: every case runs on DynamoDB Local (the
 * expected result) and on a fresh MemoryDynamoDB (the actual result), with the same fresh table
 * names, and the normalized results must be equal. Divergences are also written, grouped by
 * cause, to DIVERGENCES.md beside this file.
 *
 * MONOTABLE_CONFORMANCE_LOCAL_ONLY=1   run on DynamoDB Local only (developing cases)
 * MONOTABLE_CONFORMANCE_RECORD=<file>  write every Local result to <file> as JSON
 * MONOTABLE_CONFORMANCE_FILTER=<regex> run only cases whose `area/name` matches
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startDynamoDBLocal, type DynamoDBLocal } from '../../src/local';
import { CASE_GROUPS } from './cases';
import type { CaseResult, ConformanceCase } from './harness/conformance-case';
import { writeDivergenceReport, type Divergence } from './harness/divergence-report';
import { runCase } from './harness/run-case';
import { TableNames } from './harness/table-names';
import { KNOWN_LOCAL_LIMITATIONS } from './known-local-limitations';

const localOnly = process.env.MONOTABLE_CONFORMANCE_LOCAL_ONLY === '1';
const recordPath = process.env.MONOTABLE_CONFORMANCE_RECORD;
const filter = process.env.MONOTABLE_CONFORMANCE_FILTER
  ? new RegExp(process.env.MONOTABLE_CONFORMANCE_FILTER)
  : undefined;
const runId = Date.now().toString(36);
const limitations = new Map(
  KNOWN_LOCAL_LIMITATIONS.map((limitation) => [limitation.case, limitation]),
);

let local: DynamoDBLocal;
let localClient: DynamoDBClient;
let createMemoryClient: () => DynamoDBClient;
const divergences: Divergence[] = [];
const recorded: Record<string, CaseResult> = {};
let compared = 0;

beforeAll(async () => {
  // Without -sharedDb each access key has its own database: isolated cases use that.
  local = await startDynamoDBLocal({ sharedDb: false });
  localClient = local.createClient({ maxAttempts: 1 });
  if (!localOnly) {
    const { MemoryDynamoDB } = await import('../../src/engine/memory-dynamodb');
    createMemoryClient = () => new MemoryDynamoDB().createClient({ maxAttempts: 1 });
  }
}, 120_000);

afterAll(async () => {
  localClient?.destroy();
  await local?.stop();
  if (recordPath) writeFileSync(recordPath, JSON.stringify(recorded, null, 2));
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

let caseNumber = 0;
for (const group of CASE_GROUPS) {
  describe(group.area, () => {
    for (const testCase of group.cases) {
      const key = `${group.area}/${testCase.name}`;
      const id = `c${runId}_${String((caseNumber += 1)).padStart(4, '0')}`;
      if (filter !== undefined && !filter.test(key)) continue;
      const limitation = limitations.get(key);
      if (limitation !== undefined && limitation.expected === undefined) {
        test.skip(`${testCase.name} — not checked: ${limitation.reason}`, () => undefined);
        continue;
      }
      test(testCase.name, async () => {
        const expected =
          limitation?.expected ?? (await expectedResult(id, testCase, new TableNames(`${id}_`)));
        recorded[key] = expected;
        if (localOnly) return;
        const memoryClient = createMemoryClient();
        const actual = await runCase(memoryClient, testCase, new TableNames(`${id}_`));
        memoryClient.destroy();
        compared += 1;
        if (!isDeepStrictEqual(actual, expected))
          divergences.push({ area: group.area, name: testCase.name, expected, actual });
        expect(actual).toEqual(expected);
      });
    }
  });
}
