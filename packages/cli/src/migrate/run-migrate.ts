import { getEntityMetadata, type MigrateOptions } from '@monotable/core';
import { describeWhere, withConnection } from '../connect';
import { EXIT } from '../errors';
import { loadModel } from '../load';
import type { ConnectionOptions } from '../options/common-options';
import { formatReport } from './format-report';
import { abortOnInterrupt } from './interrupt';
import { loadMigration } from './load-migration';
import { createProgress } from './progress';
import { finishedSegments, runCheckpoint } from './run-checkpoint';

export interface MigrateCommandOptions extends ConnectionOptions {
  dryRun?: boolean;
  segments?: number;
  maxWritesPerSecond?: number;
  pageSize?: number;
  checkpoint?: string;
  restart?: boolean;
}

/** Core's default number of scan segments. */
const DEFAULT_SEGMENTS = 4;

/**
 * `monotable migrate <module>`: runs the module's migration with progress on stderr and the
 * report on stdout; returns the exit code (failed items: 1, interrupted: 130).
 */
export async function runMigrate(spec: string, options: MigrateCommandOptions): Promise<number> {
  const { definition, name, contents } = await loadMigration(spec);
  const model = await loadModel(options, [
    definition.entity,
    ...(definition.entities ?? []),
    ...contents.entities,
  ]);
  const entity = getEntityMetadata(definition.entity).name;
  const segments = options.segments ?? definition.segments ?? DEFAULT_SEGMENTS;
  // A dry run neither reads nor writes a checkpoint: it must not mark the real run's work done.
  const checkpoint = options.dryRun
    ? undefined
    : runCheckpoint({
        name,
        tableName: model.tableName,
        file: options.checkpoint,
        restart: options.restart,
        onResume: (done) =>
          process.stderr.write(
            `Resuming from the checkpoint: ${done} of ${segments} segment(s) done\n`,
          ),
      });
  const stderr = process.stderr;

  return withConnection(model, options, async ({ db, target }) => {
    stderr.write(
      `${options.dryRun ? 'Dry run of migration' : 'Migrating'} ${name}: ${entity} items of table ` +
        `${model.tableName} ${describeWhere(target)}, ${segments} segment(s)` +
        `${checkpoint ? `, checkpoint ${checkpoint.description}` : ''}\n`,
    );
    const progress = createProgress(stderr, {
      label: name,
      segments,
      finishedBefore: () => finishedSegments(checkpoint),
    });
    const interrupt = abortOnInterrupt(() =>
      stderr.write('\nStopping after the pages in flight (Ctrl-C again to quit at once)...\n'),
    );
    const migrateOptions: MigrateOptions<object> = {
      transform: definition.transform,
      toVersion: definition.toVersion,
      segments,
      maxWritesPerSecond: options.maxWritesPerSecond ?? definition.maxWritesPerSecond,
      pageSize: options.pageSize ?? definition.pageSize,
      dryRun: options.dryRun,
      checkpoint: checkpoint?.store,
      signal: interrupt.signal,
      onProgress: (report, page) => progress.update(report, page),
    };
    let report;
    try {
      report = await db.migrate(definition.entity, migrateOptions);
    } finally {
      progress.stop();
      interrupt.dispose();
    }
    process.stdout.write(
      `${formatReport(report, { name, entity, dryRun: Boolean(options.dryRun), checkpoint: checkpoint?.description })}\n`,
    );
    if (!report.completed) return EXIT.interrupted;
    return report.failed > 0 ? EXIT.failure : EXIT.ok;
  });
}
