import type { CheckpointStore } from './checkpoint';
import type { MigrationTransform } from './target-item';

/** Counts of an offline migration (also what `onProgress` receives as it goes). */
export interface MigrationReport {
  /** Items of the entity read. */
  scanned: number;
  /** Items written in their new shape (with `dryRun`: that would be written). */
  migrated: number;
  /** Items already in their target shape (or deleted meanwhile, or skipped by the transform). */
  skipped: number;
  /** Items that changed concurrently between read and write; each was re-read and retried. */
  conflicts: number;
  /** Items not migrated: a migration/transform threw, or the item kept changing concurrently. */
  failed: number;
  /** False when the run was stopped by `signal`: resume it from its checkpoint. */
  completed: boolean;
  /** The first failures (key and reason), at most 100. */
  errors: Array<{ key: Record<string, unknown>; message: string }>;
}

export interface MigrateOptions<T> {
  /**
   * Receives each entity already upgraded through the lazy chain to the current version and
   * returns what to store (`undefined`: leave the item alone). Default: the lazy chain only.
   */
  transform?: MigrationTransform<T>;
  /**
   * The schema version to store (default: the entity's current one). An older version stages
   * a migration: items are upgraded only that far (keeping what those migrations returned),
   * items already there or past it are left alone, and reads keep upgrading lazily the rest of
   * the way.
   */
  toVersion?: number;
  /** Parallel scan segments (default 4). */
  segments?: number;
  /** Where progress is loaded from and saved after every page (see `fileCheckpoint`). */
  checkpoint?: CheckpointStore;
  /** Reads and transforms but writes nothing; `migrated` counts what would be written. */
  dryRun?: boolean;
  /** Caps writes per second across all segments. */
  maxWritesPerSecond?: number;
  /** Scan page size (Limit); default DynamoDB's 1 MB pages. */
  pageSize?: number;
  /** Called after every page with the counts so far and the segment that read it. */
  onProgress?: (report: MigrationReport, page: { segment: number; done: boolean }) => void;
  /** Stops the run after the pages in flight; the checkpoint then resumes it. */
  signal?: AbortSignal;
}
