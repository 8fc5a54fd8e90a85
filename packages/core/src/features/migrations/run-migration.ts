import { mapConcurrent } from '../../runtime/batch';
import { ConfigurationError, MonotableError } from '../../model/errors';
import type { EntityMetadata } from '../../model/metadata/types';
import { prepareScan } from '../../requests/build-read';
import { pickKey } from '../../model/keys/pick-key';
import type { Connection } from '../../runtime/connection';
import { sendPage } from '../../runtime/pager/read-pages';
import { readStoredItem } from '../../runtime/read-stored-item';
import { sendWrite } from '../../runtime/send-write';
import { refuseInUnitOfWork } from '../../runtime/unit-of-work';
import { assertItemSize } from '../../model/size';
import { CHECKPOINT_ITEM_TYPE } from './table-checkpoint';
import type { Checkpoint, CheckpointContext, SegmentPosition } from './checkpoint';
import type { MigrateOptions, MigrationReport } from './migration-options';
import { rewriteItem, type RewriteOutcome } from './rewrite-item';
import { writeRateLimiter } from './write-rate-limiter';

/** Items of one page rewritten at a time, per segment. */
const ITEM_CONCURRENCY = 8;
/** Segments scanned at once. */
const SEGMENT_CONCURRENCY = 8;
const MAX_REPORTED_ERRORS = 100;

function checkedOptions(meta: EntityMetadata, options: MigrateOptions<unknown>) {
  const { segments = 4, toVersion = meta.schemaVersion } = options;
  if (!Number.isInteger(segments) || segments < 1 || segments > 1_000_000) {
    throw new ConfigurationError(`migrate: segments must be an integer from 1; got ${segments}`);
  }
  if (!Number.isInteger(toVersion) || toVersion < 1 || toVersion > meta.schemaVersion) {
    throw new ConfigurationError(
      `migrate: toVersion of ${meta.name} must be an integer from 1 to its current version ` +
        `${meta.schemaVersion}; got ${toVersion}`,
    );
  }
  return { segments, toVersion };
}

async function startingPoint(
  meta: EntityMetadata,
  fresh: Omit<Checkpoint, 'positions'>,
  options: MigrateOptions<unknown>,
  context: CheckpointContext,
): Promise<Checkpoint> {
  const saved = await options.checkpoint?.load(context);
  if (!saved) return { ...fresh, positions: new Array(fresh.segments).fill(null) };
  const savedVersion = saved.toVersion ?? meta.schemaVersion;
  if (
    saved.entity !== fresh.entity ||
    saved.segments !== fresh.segments ||
    savedVersion !== fresh.toVersion
  ) {
    throw new ConfigurationError(
      `The checkpoint is of a migration of ${saved.entity} to version ${savedVersion} with ` +
        `${saved.segments} segment(s); this one migrates ${fresh.entity} to version ` +
        `${fresh.toVersion} with ${fresh.segments}: pass the same options or a new checkpoint`,
    );
  }
  return saved;
}

function checkpointContext(meta: EntityMetadata, connection: Connection): CheckpointContext {
  const { executor, tableName } = connection;
  return {
    table: meta.table,
    tableName,
    getItem: (key) => readStoredItem(connection, key),
    // Checkpoint items are not entities, but they are size-checked and sent like any write.
    putItem: async (item) => {
      assertItemSize(item, CHECKPOINT_ITEM_TYPE);
      const { partitionKey, sortKey } = meta.table;
      await sendWrite(executor, meta, {
        kind: 'put',
        entityName: CHECKPOINT_ITEM_TYPE,
        key: pickKey(item, [partitionKey, sortKey]),
        params: { TableName: tableName, Item: item },
      });
    },
  };
}

/**
 * The offline migration of one entity: a parallel scan of its items, each stored again in its
 * current shape (see `rewriteItem`), with progress saved after every page.
 */
export async function runMigration<T>(
  connection: Connection,
  meta: EntityMetadata,
  options: MigrateOptions<T> = {},
): Promise<MigrationReport> {
  refuseInUnitOfWork(
    connection,
    `db.migrate(${meta.name})`,
    'a migration writes item by item, outside the all-or-nothing transaction',
  );
  const { segments, toVersion } = checkedOptions(meta, options as MigrateOptions<unknown>);
  const { executor, tableName } = connection;
  const context = checkpointContext(meta, connection);
  const checkpoint = await startingPoint(
    meta,
    { entity: meta.name, segments, toVersion },
    options as MigrateOptions<unknown>,
    context,
  );
  const report: MigrationReport = {
    scanned: 0,
    migrated: 0,
    skipped: 0,
    conflicts: 0,
    failed: 0,
    completed: false,
    errors: [],
  };
  const beforeWrite = writeRateLimiter(options.maxWritesPerSecond);
  const { table } = meta;
  let saving = Promise.resolve();
  const save = () => {
    const snapshot: Checkpoint = { ...checkpoint, positions: [...checkpoint.positions] };
    saving = saving.then(() => options.checkpoint?.save(snapshot, context));
    return saving;
  };

  const fail = (item: Record<string, unknown>, message: string) => {
    report.failed++;
    if (report.errors.length < MAX_REPORTED_ERRORS) {
      report.errors.push({ key: pickKey(item, [table.partitionKey, table.sortKey]), message });
    }
  };

  const migrateItem = async (item: Record<string, unknown>) => {
    report.scanned++;
    let conflicted = false;
    let outcome: RewriteOutcome;
    try {
      outcome = await rewriteItem(connection, meta, item, {
        transform: options.transform,
        toVersion,
        dryRun: options.dryRun,
        beforeWrite,
        onConflict: () => {
          if (!conflicted) report.conflicts++;
          conflicted = true;
        },
      });
    } catch (error) {
      if (!(error instanceof MonotableError)) throw error;
      return fail(item, error.message);
    }
    if (outcome === 'migrated') report.migrated++;
    else if (outcome === 'conflict') fail(item, 'kept changing concurrently; run again');
    else report.skipped++;
  };

  const migrateSegment = async (segment: number) => {
    const read = prepareScan(meta, tableName, { segment, totalSegments: segments });
    let position: SegmentPosition = checkpoint.positions[segment];
    while (position !== 'done' && !options.signal?.aborted) {
      const output = await sendPage(executor, read, position ?? undefined, options.pageSize);
      await mapConcurrent(output.Items ?? [], ITEM_CONCURRENCY, migrateItem);
      position = (output.LastEvaluatedKey as Record<string, unknown> | undefined) ?? 'done';
      checkpoint.positions[segment] = position;
      await save();
      options.onProgress?.({ ...report }, { segment, done: position === 'done' });
    }
  };

  // However many segments, only a bounded number is read at once.
  await mapConcurrent(
    Array.from({ length: segments }, (_, segment) => segment),
    Math.min(segments, SEGMENT_CONCURRENCY),
    migrateSegment,
  );
  await saving;
  report.completed = checkpoint.positions.every((position) => position === 'done');
  return report;
}
