import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { MemoryDynamoDB } from '../engine/memory-dynamodb';
import type { RecordedRequest } from '../engine/request-recorder';
import { createLocalClient } from '../local/local-client';
import { startDynamoDBLocal } from '../local/start-dynamodb-local';
import { BACKEND_ENV, LOCAL_ENDPOINT_ENV, enabledBackends, type BackendKind } from './backend-kind';

/** A DynamoDB for one test suite, closed in its afterAll. */
export interface TestBackend {
  kind: BackendKind;
  client: DynamoDBClient;
  /** The HTTP endpoint (local backend only). */
  endpoint?: string;
  /** The in-process engine, e.g. for `engine.faults` (memory backend only). */
  engine?: MemoryDynamoDB;
  /** Every request the engine answered, in order (memory backend only). */
  requests?(): RecordedRequest[];
  /** Destroys the client, and stops DynamoDB Local when this backend started it. */
  close(): Promise<void>;
}

/**
 * Creates the backend `kind`: `memory` (the in-process engine, default) or `local`
 * (DynamoDB Local: the one the jest global setup started, found through
 * MONOTABLE_DYNAMODB_LOCAL_ENDPOINT, else a new instance for this backend alone). When
 * MONOTABLE_BACKEND names several backends, the first one is used.
 *
 * @example
 * const backend = await createTestBackend('local');
 * await backend.client.send(new ListTablesCommand({}));
 * await backend.close();
 */
export async function createTestBackend(
  kind: string = process.env[BACKEND_ENV] ?? 'memory',
): Promise<TestBackend> {
  const [chosen] = enabledBackends({ [BACKEND_ENV]: kind });
  return chosen === 'local' ? createLocalBackend() : createMemoryBackend();
}

async function createMemoryBackend(): Promise<TestBackend> {
  // Loaded lazily so that a local-only run never loads the engine.
  const { MemoryDynamoDB } = await import('../engine/memory-dynamodb');
  const engine = new MemoryDynamoDB();
  const client = engine.createClient();
  return {
    kind: 'memory',
    client,
    engine,
    requests: () => [...engine.requests],
    close: async () => client.destroy(),
  };
}

async function createLocalBackend(): Promise<TestBackend> {
  const sharedEndpoint = process.env[LOCAL_ENDPOINT_ENV];
  if (sharedEndpoint !== undefined && sharedEndpoint !== '') {
    const client = createLocalClient(sharedEndpoint);
    return { kind: 'local', client, endpoint: sharedEndpoint, close: async () => client.destroy() };
  }
  const local = await startDynamoDBLocal();
  const client = local.createClient();
  return {
    kind: 'local',
    client,
    endpoint: local.endpoint,
    close: async () => {
      client.destroy();
      await local.stop();
    },
  };
}
