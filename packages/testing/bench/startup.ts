/**
 * Start-up: from nothing to the first answered request, for the in-process engine and for
 * DynamoDB Local (a new JVM each time). Rounds alternate the two engines.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { MemoryDynamoDB, startDynamoDBLocal, type DynamoDBLocal } from '../src';
import { now, progress } from './measure';
import { createBenchTable, putItem } from './sdk-workload';

export interface StartupResult {
  /** new MemoryDynamoDB + createClient + CreateTable + first PutItem, per round (ms). */
  memory: number[];
  /** spawn → first successful request (the launcher's ListTables readiness probe), per round. */
  localReady: number[];
  /** the same, then CreateTable + first PutItem, as for the engine, per round. */
  localTotal: number[];
}

async function tableAndFirstRequest(client: DynamoDBClient): Promise<void> {
  await createBenchTable(client);
  await putItem.viaSdk(client, 0);
}

export async function startMemory(): Promise<number> {
  const start = now();
  const engine = new MemoryDynamoDB();
  const client = engine.createClient();
  await tableAndFirstRequest(client);
  const elapsed = now() - start;
  client.destroy();
  return elapsed;
}

/**
 * Runs `rounds` rounds; every DynamoDB Local it starts is handed to `track` (so the caller can
 * stop it whatever happens) and stopped here, except the last, which is returned running.
 */
export async function measureStartup(
  rounds: number,
  track: (local: DynamoDBLocal) => void,
): Promise<{ result: StartupResult; local: DynamoDBLocal }> {
  const result: StartupResult = { memory: [], localReady: [], localTotal: [] };
  let local: DynamoDBLocal | undefined;
  for (let round = 0; round < rounds; round++) {
    if (local) await local.stop();
    const memoryFirst = round % 2 === 0;
    if (memoryFirst) result.memory.push(await startMemory());
    const start = now();
    local = await startDynamoDBLocal({ startupTimeoutMs: 120_000 });
    track(local);
    result.localReady.push(now() - start);
    const client = local.createClient();
    await tableAndFirstRequest(client);
    result.localTotal.push(now() - start);
    client.destroy();
    if (!memoryFirst) result.memory.push(await startMemory());
    progress(
      `start-up round ${round + 1}/${rounds}: memory ${result.memory[round].toFixed(1)} ms, ` +
        `Local ${result.localReady[round].toFixed(0)} ms to first answer, ${result.localTotal[round].toFixed(0)} ms with table`,
    );
  }
  return { result, local: local! };
}
