import type { MigrationReport } from '@monotable/core';
import { createProgress } from './progress';

const counts = (scanned: number): MigrationReport => ({
  scanned,
  migrated: scanned,
  skipped: 0,
  conflicts: 0,
  failed: 0,
  completed: false,
  errors: [],
});

describe('createProgress without a terminal', () => {
  it('prints a line at most once per interval, and whenever a segment finishes', () => {
    const written: string[] = [];
    const stream = {
      isTTY: false,
      write: (line: string) => written.push(line),
    } as unknown as NodeJS.WriteStream;
    let now = 0;
    const progress = createProgress(stream, {
      label: 'm',
      segments: 3,
      finishedBefore: () => 1,
      intervalMs: 1000,
      now: () => now,
    });
    progress.update(counts(5), { segment: 0, done: false });
    now = 500;
    progress.update(counts(10), { segment: 1, done: false });
    progress.update(counts(15), { segment: 0, done: true });
    now = 1600;
    progress.update(counts(20), { segment: 1, done: false });
    progress.stop();
    expect(written).toEqual([
      'm: 1/3 segments, scanned 5, migrated 5, skipped 0, conflicts 0, failed 0\n',
      'm: 2/3 segments, scanned 15, migrated 15, skipped 0, conflicts 0, failed 0\n',
      'm: 2/3 segments, scanned 20, migrated 20, skipped 0, conflicts 0, failed 0\n',
    ]);
  });
});
