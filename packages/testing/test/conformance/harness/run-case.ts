import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { CaseResult, ConformanceCase } from './conformance-case';
import { normalize, normalizeError } from './normalize';
import { sendStep } from './send-step';
import type { Step } from './steps';
import type { TableNames } from './table-names';

/** Runs a case's setup and requests in order on one client and returns the normalized outcome. */
export async function runCase(
  client: DynamoDBClient,
  testCase: ConformanceCase,
  names: TableNames,
): Promise<CaseResult> {
  const previous: Record<string, any>[] = [];
  const setupErrors: NonNullable<CaseResult['setupErrors']> = [];
  for (const [index, step] of (testCase.setup ?? []).entries()) {
    const outcome = await attempt(client, step, previous, names);
    if ('error' in outcome) setupErrors.push({ step: index, error: outcome.error });
  }
  const requests = Array.isArray(testCase.request) ? testCase.request : [testCase.request];
  const results: Record<string, unknown>[] = [];
  for (const step of requests) {
    const outcome = await attempt(client, step, previous, names);
    results.push('error' in outcome ? outcome.error : { output: outcome.output });
  }
  return setupErrors.length > 0 ? { setupErrors, results } : { results };
}

async function attempt(
  client: DynamoDBClient,
  step: Step,
  previous: Record<string, any>[],
  names: TableNames,
): Promise<{ output: unknown } | { error: Record<string, unknown> }> {
  try {
    const input = typeof step.input === 'function' ? step.input(previous) : step.input;
    const raw = await sendStep(client, step.op, names.substitute(input), step.raw);
    previous.push(raw);
    return {
      output: names.restore(
        normalize(raw, { keepCapacity: step.capacity, unordered: step.unordered }),
      ),
    };
  } catch (error) {
    previous.push({});
    return { error: names.restore(normalizeError(error)) };
  }
}
