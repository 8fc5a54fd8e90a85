import { backoffDelay } from './backoff-delay';

const policy = { maxAttempts: 8, baseDelayMs: 50, maxDelayMs: 5000 };

describe('backoffDelay', () => {
  it('doubles the ceiling with every attempt and scales it by the jitter', () => {
    const half = { ...policy, random: () => 0.5 };
    expect([0, 1, 2, 3, 4].map((attempt) => backoffDelay(attempt, half))).toEqual([
      25, 50, 100, 200, 400,
    ]);
  });

  it('never exceeds maxDelayMs, however many attempts were made', () => {
    const almostOne = { ...policy, random: () => 0.999 };
    expect(backoffDelay(20, almostOne)).toBeCloseTo(4995);
    expect(backoffDelay(2000, almostOne)).toBeLessThan(5000);
  });

  it('uses full jitter: a random() of 0 means no wait at all', () => {
    expect(backoffDelay(5, { ...policy, random: () => 0 })).toBe(0);
  });

  it('defaults to Math.random, staying within [0, ceiling)', () => {
    for (let i = 0; i < 100; i++) {
      const delay = backoffDelay(2, policy);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(200);
    }
  });
});
