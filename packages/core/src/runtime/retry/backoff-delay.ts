import type { RetryPolicy } from './retry-policy';

/**
 * Exponential backoff with full jitter: a uniformly random delay below
 * `min(maxDelayMs, baseDelayMs * 2^attempt)`. Full jitter spreads concurrent retriers apart,
 * which is what DynamoDB needs to recover from throttling.
 *
 * `attempt` counts retries from 0: the first retry waits below `baseDelayMs`.
 *
 * @example
 * backoffDelay(3, { maxAttempts: 8, baseDelayMs: 50, maxDelayMs: 5000 }); // in [0, 400)
 */
export function backoffDelay(attempt: number, policy: RetryPolicy): number {
  const random = policy.random ?? Math.random;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return random() * ceiling;
}
