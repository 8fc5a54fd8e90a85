import type { MigrationReport } from '@monotable/core';
import { formatReport } from './format-report';

const report = (changes: Partial<MigrationReport>): MigrationReport => ({
  scanned: 10,
  migrated: 8,
  skipped: 2,
  conflicts: 1,
  failed: 0,
  completed: true,
  errors: [],
  ...changes,
});
const context = {
  name: 'customer-v2',
  entity: 'Customer',
  dryRun: false,
  checkpoint: 'item customer-v2 in table app',
};

describe('formatReport', () => {
  it('prints the outcome and aligned counts', () => {
    expect(formatReport(report({}), context)).toBe(
      [
        'Migration customer-v2 of Customer: completed',
        '  scanned    10',
        '  migrated   8',
        '  skipped    2',
        '  conflicts  1',
        '  failed     0',
      ].join('\n'),
    );
  });

  it('tells how to resume an interrupted run', () => {
    expect(formatReport(report({ completed: false }), context).split('\n')[0]).toBe(
      'Migration customer-v2 of Customer: interrupted; run the same command again to resume from the checkpoint (item customer-v2 in table app)',
    );
  });

  it('lists the first failures', () => {
    const errors = Array.from({ length: 12 }, (_, i) => ({
      key: { PK: `C#${i}` },
      message: 'boom',
    }));
    const lines = formatReport(report({ failed: 15, errors }), context).split('\n');
    expect(lines[0]).toBe(
      'Migration customer-v2 of Customer: completed with failures; run it again to retry them',
    );
    expect(lines.filter((line) => line.startsWith('  failed {'))).toHaveLength(10);
    expect(lines[6]).toBe('  failed {"PK":"C#0"}: boom');
    expect(lines.at(-1)).toBe('  ... and 5 more failed');
  });
});
