import { resolveRetryPolicy } from './retry-policy';
import { retryUnprocessed } from './retry-unprocessed';

function throttled(): Error {
  const error = new Error('Rate exceeded');
  error.name = 'ProvisionedThroughputExceededException';
  return error;
}

describe('retryUnprocessed', () => {
  const delays: number[] = [];
  const policy = resolveRetryPolicy({
    maxAttempts: 4,
    random: () => 1,
    sleep: async (ms) => {
      delays.push(ms);
    },
  });
  beforeEach(() => delays.splice(0));

  it('resends only what was left until nothing is left', async () => {
    const sent: number[][] = [];
    const outcome = await retryUnprocessed(
      [1, 2, 3, 4],
      async (pending) => {
        sent.push(pending);
        return pending.slice(1);
      },
      policy,
    );
    expect(outcome).toEqual({ left: [] });
    expect(sent).toEqual([[1, 2, 3, 4], [2, 3, 4], [3, 4], [4]]);
    expect(delays).toEqual([50, 100, 200]);
  });

  it('stops after maxAttempts sends and reports what is left', async () => {
    const retries: Array<[number, number]> = [];
    const outcome = await retryUnprocessed(
      [1, 2],
      async (pending) => pending,
      policy,
      (attempt, remaining) => retries.push([attempt, remaining]),
    );
    expect(outcome).toEqual({ left: [1, 2] });
    expect(retries).toEqual([
      [1, 2],
      [2, 2],
      [3, 2],
    ]);
  });

  it('retries a throttled send as a whole and keeps the last throttling error', async () => {
    let calls = 0;
    const error = throttled();
    const outcome = await retryUnprocessed(
      [1, 2],
      async () => {
        calls++;
        throw error;
      },
      policy,
    );
    expect(calls).toBe(4);
    expect(outcome).toEqual({ left: [1, 2], lastError: error });
  });

  it('recovers after throttling', async () => {
    let calls = 0;
    const outcome = await retryUnprocessed(
      [1],
      async () => {
        if (++calls === 1) throw throttled();
        return [];
      },
      policy,
    );
    expect(outcome).toEqual({ left: [] });
  });

  it('lets any other error through at once', async () => {
    let calls = 0;
    const run = retryUnprocessed(
      [1],
      async () => {
        calls++;
        throw Object.assign(new Error('bad key'), { name: 'ValidationException' });
      },
      policy,
    );
    await expect(run).rejects.toThrow('bad key');
    expect(calls).toBe(1);
  });
});
