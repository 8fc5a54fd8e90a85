import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createLocalClient, type TestBackend } from '@monotable/testing';

/**
 * A fresh client on the backend for one Nest app: the app destroys it on shutdown, so it must
 * not be the suite's shared `backend().client`.
 */
export function newClient(backend: TestBackend): DynamoDBClient {
  if (backend.engine) return backend.engine.createClient();
  if (!backend.endpoint)
    throw new Error(`The ${backend.kind} backend has neither engine nor endpoint`);
  return createLocalClient(backend.endpoint);
}

/**
 * An HTTP endpoint for the backend, for apps configured like production (an endpoint URL in
 * configuration): DynamoDB Local's own, or the in-process engine served over HTTP for the
 * suite. Call while declaring the suite; read the returned function inside tests.
 */
export function useEndpoint(backend: () => TestBackend): () => string {
  let endpoint: string | undefined;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const current = backend();
    if (current.engine) {
      const server = await current.engine.listen(0);
      endpoint = server.endpoint;
      close = () => server.close();
    } else {
      endpoint = current.endpoint;
    }
  });
  afterAll(async () => {
    await close?.();
  });
  return () => {
    if (!endpoint) throw new Error('useEndpoint: read the endpoint inside hooks or tests');
    return endpoint;
  };
}
