import type { Command } from 'commander';
import { runMigrate, type MigrateCommandOptions } from '../migrate/run-migrate';
import { addConnectionOptions } from '../options/common-options';
import { positiveInteger } from '../options/parse-values';

export function registerMigrate(program: Command): void {
  addConnectionOptions(
    program
      .command('migrate')
      .description("run a migration module's offline migration: resumable, with progress")
      .argument('<module>', 'compiled module exporting default defineMigration({ entity, ... })'),
  )
    .option(
      '--dry-run',
      'read and transform, write nothing; "migrated" counts what would be written',
    )
    .option(
      '--segments <n>',
      "parallel scan segments (default: the migration's, else 4)",
      positiveInteger,
    )
    .option(
      '--max-writes-per-second <n>',
      'cap on writes per second across segments',
      positiveInteger,
    )
    .option(
      '--page-size <n>',
      'items per scan page; progress is saved after every page',
      positiveInteger,
    )
    .option(
      '--checkpoint <file>',
      'keep the checkpoint in this JSON file instead of an item in the table',
    )
    .option('--restart', 'ignore a saved checkpoint and start a fresh pass')
    .action(async (module: string, options: MigrateCommandOptions) => {
      process.exitCode = await runMigrate(module, options);
    });
}
