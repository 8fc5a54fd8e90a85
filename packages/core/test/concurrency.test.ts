import { describeEachBackend } from '@monotable/testing';
import { Monotable, VersionConflictError, increment } from '../src';
import { connect } from './fixtures/connect';
import { Customer } from './fixtures/model';

describeEachBackend('Optimistic locking under concurrency', (backend) => {
  let db: Monotable;
  beforeAll(async () => {
    db = await connect(backend().client);
  });

  test('50 concurrent updates expecting the same version: exactly one wins, the rest conflict', async () => {
    const customers = db.getRepository(Customer);
    const c = await customers.create({ email: 'race@example.com', name: 'Race' });
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        customers.update({ id: c.id }, { points: increment(1) }, { expectedVersion: 1 }),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(won).toHaveLength(1);
    expect(lost.every((r) => r.reason instanceof VersionConflictError)).toBe(true);
    const stored = await customers.getOrFail({ id: c.id }, { consistent: true });
    expect(stored.points).toBe(1);
    expect(stored.version).toBe(2);
  });

  test('20 writers retrying on conflict: every increment lands exactly once', async () => {
    const customers = db.getRepository(Customer);
    const c = await customers.create({ email: 'retry@example.com', name: 'Retry' });
    const incrementWithRetry = async () => {
      for (;;) {
        const current = await customers.getOrFail({ id: c.id }, { consistent: true });
        try {
          return await customers.update(
            { id: c.id },
            { points: current.points + 1 },
            { expectedVersion: current.version },
          );
        } catch (error) {
          if (!(error instanceof VersionConflictError)) throw error;
        }
      }
    };
    // Each round every waiting writer reads and tries once and one wins: about n²/2 attempts,
    // so 20 writers (some 400 requests) show a lost update as well as 50 would, in a sixth of the time.
    await Promise.all(Array.from({ length: 20 }, incrementWithRetry));
    const stored = await customers.getOrFail({ id: c.id }, { consistent: true });
    expect(stored.points).toBe(20);
    expect(stored.version).toBe(21);
  });
});
