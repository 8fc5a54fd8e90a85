/**
 * How batch operations retry what DynamoDB left unprocessed (or throttled).
 *
 * @example
 * await batchWriteAll({ ..., retry: { maxAttempts: 4, baseDelayMs: 20 } });
 */
export interface RetryPolicy {
  /** Sends per chunk, the first one included. Default 8. */
  maxAttempts: number;
  /** Cap of the first retry's delay; doubles with every further retry. Default 50. */
  baseDelayMs: number;
  /** No delay is ever longer than this. Default 5000. */
  maxDelayMs: number;
  /** Source of jitter in [0, 1); `Math.random` by default. Inject a constant in tests. */
  random?: () => number;
  /** How to wait; a real timer by default. Inject a recorder in tests. */
  sleep?: (ms: number) => Promise<void>;
}

/** A policy with every field filled in. */
export type ResolvedRetryPolicy = Required<RetryPolicy>;

export const DEFAULT_RETRY_POLICY: ResolvedRetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 50,
  maxDelayMs: 5000,
  random: Math.random,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Fills the fields a caller left out with the defaults and checks the numbers make sense. */
export function resolveRetryPolicy(overrides: Partial<RetryPolicy> = {}): ResolvedRetryPolicy {
  const policy: ResolvedRetryPolicy = { ...DEFAULT_RETRY_POLICY };
  for (const [name, value] of Object.entries(overrides)) {
    if (value !== undefined) (policy as Record<string, unknown>)[name] = value;
  }
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) {
    throw new RangeError(`retry.maxAttempts must be an integer >= 1, got ${policy.maxAttempts}`);
  }
  if (!(policy.baseDelayMs >= 0) || !(policy.maxDelayMs >= 0)) {
    throw new RangeError('retry.baseDelayMs and retry.maxDelayMs must be >= 0');
  }
  return policy;
}
