import { enabledBackends, type BackendKind } from './backend-kind';
import { suiteGlobals } from './suite-globals';
import { createTestBackend, type TestBackend } from './test-backend';

/** Starting DynamoDB Local without the global setup takes a few seconds. */
const BACKEND_START_TIMEOUT_MS = 120_000;

/**
 * Registers the suite once per enabled backend (see enabledBackends), named `name [memory]` /
 * `name [local]`, under jest or under `node --test` (node:test's describe/before/after). The
 * backend is created before the suite's tests and closed after them; read it with `backend()`
 * inside hooks and tests.
 *
 * @example
 * describeEachBackend('orders', (backend) => {
 *   test('lists tables', async () => {
 *     await backend().client.send(new ListTablesCommand({}));
 *   });
 * });
 */
export function describeEachBackend(
  name: string,
  fn: (backend: () => TestBackend) => void,
  kinds: BackendKind[] = enabledBackends(),
): void {
  const { describe, beforeAll, afterAll } = suiteGlobals();
  for (const kind of kinds) {
    describe(`${name} [${kind}]`, () => {
      let current: TestBackend | undefined;
      beforeAll(async () => {
        current = await createTestBackend(kind);
      }, BACKEND_START_TIMEOUT_MS);
      afterAll(async () => {
        await current?.close();
        current = undefined;
      });
      fn(() => {
        if (current === undefined) {
          throw new Error(
            `The ${kind} backend of "${name}" is not ready: call backend() inside hooks or tests, not while declaring the suite.`,
          );
        }
        return current;
      });
    });
  }
}
