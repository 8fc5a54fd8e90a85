import type { MigrationReport } from '@monotable/core';

/** The counts of a migration report, in the order they are printed. */
export const COUNTS = ['scanned', 'migrated', 'skipped', 'conflicts', 'failed'] as const;

/** "scanned 120, migrated 100, skipped 20, conflicts 0, failed 0" */
export function formatCounts(report: MigrationReport): string {
  return COUNTS.map((count) => `${count} ${report[count]}`).join(', ');
}
