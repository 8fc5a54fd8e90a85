import { DEFAULT_RETRY_POLICY, resolveRetryPolicy } from './retry-policy';

describe('resolveRetryPolicy', () => {
  it('fills in the documented defaults', () => {
    const policy = resolveRetryPolicy();
    expect(policy).toMatchObject({ maxAttempts: 8, baseDelayMs: 50, maxDelayMs: 5000 });
    expect(policy.random).toBe(Math.random);
  });

  it('keeps the fields a caller set and ignores explicit undefined', () => {
    const random = () => 0.1;
    const policy = resolveRetryPolicy({ maxAttempts: 3, random, baseDelayMs: undefined });
    expect(policy.maxAttempts).toBe(3);
    expect(policy.random).toBe(random);
    expect(policy.baseDelayMs).toBe(DEFAULT_RETRY_POLICY.baseDelayMs);
  });

  it('rejects a policy that could never send', () => {
    expect(() => resolveRetryPolicy({ maxAttempts: 0 })).toThrow(RangeError);
    expect(() => resolveRetryPolicy({ maxAttempts: 1.5 })).toThrow(/maxAttempts/);
    expect(() => resolveRetryPolicy({ baseDelayMs: -1 })).toThrow(RangeError);
  });

  it('sleeps for real by default', async () => {
    const started = Date.now();
    await DEFAULT_RETRY_POLICY.sleep(20);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
  });
});
