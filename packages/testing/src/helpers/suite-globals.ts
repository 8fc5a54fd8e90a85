import * as nodeTest from 'node:test';

type Hook = (fn: () => unknown, timeout?: number) => void;

/** The suite functions the helpers use: jest's globals, or node:test's equivalents. */
export interface SuiteGlobals {
  describe(name: string, fn: () => void): void;
  beforeAll: Hook;
  afterAll: Hook;
}

/**
 * Jest's describe/beforeAll/afterAll when the file runs under jest (read at call time, so the
 * package builds without jest types); otherwise node:test's describe/before/after, which
 * `node --test` runs.
 */
export function suiteGlobals(): SuiteGlobals {
  const candidate = globalThis as unknown as Partial<SuiteGlobals>;
  if (
    typeof candidate.describe === 'function' &&
    typeof candidate.beforeAll === 'function' &&
    typeof candidate.afterAll === 'function'
  ) {
    return candidate as SuiteGlobals;
  }
  return {
    describe: (name, fn) => void nodeTest.describe(name, fn),
    beforeAll: (fn, timeout) => void nodeTest.before(async () => fn(), { timeout }),
    afterAll: (fn, timeout) => void nodeTest.after(async () => fn(), { timeout }),
  };
}
