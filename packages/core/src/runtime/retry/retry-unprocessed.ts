import { backoffDelay } from './backoff-delay';
import { isThrottlingError } from './is-throttling-error';
import type { ResolvedRetryPolicy } from './retry-policy';

/** Called before each retry: `attempt` is 1 for the first retry, `remaining` the requests resent. */
export type OnRetry = (attempt: number, remaining: number) => void;

/** What a retry loop could not get done. */
export interface RetryOutcome<T> {
  /** Requests still unprocessed after the last attempt; empty on success. */
  left: T[];
  /** The throttling error of the last attempt, when that attempt threw. */
  lastError?: unknown;
}

/**
 * Sends `requests`, then resends whatever DynamoDB reports as unprocessed (or all of them when
 * the send was throttled) with backoff, until nothing is left or `policy.maxAttempts` sends
 * were made. `sendOnce` returns the requests that were not processed (`attempt` counts sends from 1). Errors other than
 * throttling are not retried: they propagate.
 */
export async function retryUnprocessed<T>(
  requests: T[],
  sendOnce: (pending: T[], attempt: number) => Promise<T[]>,
  policy: ResolvedRetryPolicy,
  onRetry?: OnRetry,
): Promise<RetryOutcome<T>> {
  let pending = requests;
  for (let attempt = 1; ; attempt++) {
    let lastError: unknown;
    try {
      pending = await sendOnce(pending, attempt);
    } catch (error) {
      if (!isThrottlingError(error)) throw error;
      lastError = error;
    }
    if (pending.length === 0) return { left: [] };
    if (attempt >= policy.maxAttempts) {
      return lastError === undefined ? { left: pending } : { left: pending, lastError };
    }
    onRetry?.(attempt, pending.length);
    await policy.sleep(backoffDelay(attempt - 1, policy));
  }
}
