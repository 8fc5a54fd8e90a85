import { writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { KnownLocalLimitation } from '../known-local-limitations';
import type { CaseResult } from './conformance-case';

export interface Divergence {
  area: string;
  name: string;
  expected: CaseResult;
  actual: CaseResult;
}

type Outcome = Record<string, unknown>;

/** Why a case diverged, for grouping, and a one-line summary of the difference. */
export function classify(divergence: Divergence): { cause: string; summary: string } {
  const { expected, actual } = divergence;
  if (!isDeepStrictEqual(expected.setupErrors, actual.setupErrors)) {
    return {
      cause: 'setup requests fail differently',
      summary: `${brief(expected.setupErrors)} vs ${brief(actual.setupErrors)}`,
    };
  }
  const index = expected.results.findIndex(
    (outcome, i) => !isDeepStrictEqual(outcome, actual.results[i]),
  );
  const want = expected.results[index] ?? {};
  const got = actual.results[index] ?? {};
  const at = expected.results.length > 1 ? `request ${index + 1}: ` : '';
  if (got.error === 'InternalServerError') {
    return {
      cause: `engine crash: ${firstLine(got.message, 120)}`,
      summary: `${at}expected ${'error' in want ? errorLine(want) : 'success'}`,
    };
  }
  if ('error' in want && 'error' in got) {
    if (want.error !== got.error)
      return { cause: 'wrong error type', summary: `${at}${errorLine(want)} vs ${errorLine(got)}` };
    if (want.message !== got.message)
      return {
        cause: `different ${String(want.error)} message`,
        summary: `${at}"${firstLine(want.message)}" vs "${firstLine(got.message)}"`,
      };
    return { cause: 'different error details', summary: at + differences(want, got) };
  }
  if ('error' in want)
    return {
      cause: 'request accepted but DynamoDB rejects it',
      summary: `${at}${errorLine(want)} vs ${brief(got.output)}`,
    };
  if ('error' in got)
    return { cause: `unexpected ${String(got.error)}`, summary: `${at}${errorLine(got)}` };
  return { cause: 'different response', summary: at + differences(want.output, got.output) };
}

function errorLine(outcome: Outcome): string {
  return `${String(outcome.error)}: ${firstLine(outcome.message)}`;
}

/** The first line of a message, shortened: engine crashes carry stack traces. */
function firstLine(message: unknown, limit = 200): string {
  const line = String(message).split('\n')[0];
  return line.length > limit ? `${line.slice(0, limit)}…` : line;
}

function brief(value: unknown, limit = 160): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/** Up to three paths where the values differ: `path: expected → actual`. */
function differences(expected: unknown, actual: unknown): string {
  const found: string[] = [];
  walk(expected, actual, '', found);
  return found.slice(0, 3).join('; ') + (found.length > 3 ? `; (+${found.length - 3} more)` : '');
}

function walk(expected: unknown, actual: unknown, path: string, found: string[]): void {
  if (found.length > 3 || isDeepStrictEqual(expected, actual)) return;
  const bothObjects =
    expected !== null &&
    actual !== null &&
    typeof expected === 'object' &&
    typeof actual === 'object';
  if (!bothObjects || Array.isArray(expected) !== Array.isArray(actual)) {
    found.push(`${path || '.'}: ${brief(expected, 80)} → ${brief(actual, 80)}`);
    return;
  }
  const keys = new Set([...Object.keys(expected as object), ...Object.keys(actual as object)]);
  for (const key of keys)
    walk((expected as any)[key], (actual as any)[key], `${path}.${key}`, found);
}

/**
 * Writes the divergences grouped by cause, then the cases where DynamoDB Local is not the
 * oracle and the engine deliberately follows DynamoDB (overwrites the file).
 */
export function writeDivergenceReport(
  path: string,
  divergences: Divergence[],
  total: number,
  limitations: readonly KnownLocalLimitation[] = [],
): void {
  const groups = new Map<string, string[]>();
  for (const divergence of divergences) {
    const { cause, summary } = classify(divergence);
    const lines = groups.get(cause) ?? [];
    lines.push(`- [${divergence.area}] ${divergence.name} — ${summary}`);
    groups.set(cause, lines);
  }
  const sections = [...groups]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([cause, lines]) => `## ${cause} (${lines.length})\n\n${lines.join('\n')}\n`);
  const header =
    `# MemoryDynamoDB vs DynamoDB Local — divergences\n\n` +
    `Written by test/conformance/conformance.test.ts on ${new Date().toISOString()}: ` +
    `${divergences.length} of ${total} compared cases diverge. Format: expected (DynamoDB Local) vs actual (MemoryDynamoDB).\n`;
  writeFileSync(path, [header, ...sections, limitationSection(limitations)].join('\n'));
}

function limitationSection(limitations: readonly KnownLocalLimitation[]): string {
  const lines = limitations.map(
    (limitation) =>
      `- ${limitation.case} — ${limitation.reason}` +
      (limitation.expected ? ' Checked against DynamoDB\'s answer instead.' : ' Not checked.'),
  );
  return (
    `## Where the engine follows DynamoDB, not DynamoDB Local (${lines.length})\n\n` +
    'From known-local-limitations.ts: these cases are not compared with DynamoDB Local.\n\n' +
    `${lines.join('\n')}\n`
  );
}
