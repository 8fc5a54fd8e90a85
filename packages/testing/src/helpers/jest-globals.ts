type Hook = (fn: () => unknown, timeout?: number) => void;

/** The jest globals the helpers use, read at call time so the package builds without jest types. */
export interface JestGlobals {
  describe(name: string, fn: () => void): void;
  beforeAll: Hook;
  afterAll: Hook;
}

export function jestGlobals(): JestGlobals {
  const candidate = globalThis as unknown as Partial<JestGlobals>;
  if (
    typeof candidate.describe !== 'function' ||
    typeof candidate.beforeAll !== 'function' ||
    typeof candidate.afterAll !== 'function'
  ) {
    throw new Error(
      'describeEachBackend must be called inside a jest test file (describe/beforeAll/afterAll are missing).',
    );
  }
  return candidate as JestGlobals;
}
