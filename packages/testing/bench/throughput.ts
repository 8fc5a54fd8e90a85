/**
 * Sequential PutItem / GetItem / Query on every target, in interleaved rounds (the target that
 * goes first rotates) so that load from other processes hits all targets alike.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { MemoryDynamoDB } from '../src';
import { progress, timeEach } from './measure';
import { WORKLOAD, type WorkloadStep } from './sdk-workload';

export interface Target {
  name: string;
  run(step: WorkloadStep, i: number): Promise<void>;
  close(): void;
}

export function sdkTarget(name: string, client: DynamoDBClient): Target {
  return { name, run: (step, i) => step.viaSdk(client, i), close: () => client.destroy() };
}

export function engineTarget(name: string, engine: MemoryDynamoDB): Target {
  return { name, run: async (step, i) => step.viaEngine(engine, i), close: () => undefined };
}

/** Per-op latencies (ms): samples[stepName][targetName]. */
export type Samples = Record<string, Record<string, number[]>>;

export async function measureSequential(
  targets: Target[],
  options: { warmup: number; ops: number; rounds: number },
): Promise<Samples> {
  for (const target of targets) {
    for (const step of WORKLOAD) await timeEach(options.warmup, (i) => target.run(step, i), [], 1_000_000);
  }
  progress(`warm-up done (${options.warmup} of each op per target)`);
  const samples: Samples = {};
  for (const { name } of WORKLOAD) {
    samples[name] = Object.fromEntries(targets.map((target) => [target.name, []]));
  }
  const perRound = Math.ceil(options.ops / options.rounds);
  for (let round = 0; round < options.rounds; round++) {
    const order = targets.map((_, k) => targets[(k + round) % targets.length]);
    for (const step of WORKLOAD) {
      for (const target of order) {
        await timeEach(perRound, (i) => target.run(step, i), samples[step.name][target.name], round * perRound);
      }
    }
    progress(`sequential round ${round + 1}/${options.rounds} done`);
  }
  return samples;
}
