import type { MigrationReport } from '@monotable/core';
import { COUNTS } from './report-counts';

const SHOWN_ERRORS = 10;

export interface ReportContext {
  name: string;
  entity: string;
  dryRun: boolean;
  checkpoint?: string;
}

function outcome(report: MigrationReport, context: ReportContext): string {
  if (!report.completed) {
    return context.checkpoint
      ? `interrupted; run the same command again to resume from the checkpoint (${context.checkpoint})`
      : 'interrupted';
  }
  if (context.dryRun)
    return 'dry run completed, nothing was written ("migrated" counts what would be written)';
  return report.failed ? 'completed with failures; run it again to retry them' : 'completed';
}

/** The final report of a migration, as printed on stdout. */
export function formatReport(report: MigrationReport, context: ReportContext): string {
  const width = Math.max(...COUNTS.map((count) => count.length));
  const lines = [`Migration ${context.name} of ${context.entity}: ${outcome(report, context)}`];
  for (const count of COUNTS) lines.push(`  ${count.padEnd(width)}  ${report[count]}`);
  for (const error of report.errors.slice(0, SHOWN_ERRORS)) {
    lines.push(`  failed ${JSON.stringify(error.key)}: ${error.message}`);
  }
  const more = report.failed - Math.min(report.errors.length, SHOWN_ERRORS);
  if (more > 0) lines.push(`  ... and ${more} more failed`);
  return lines.join('\n');
}
