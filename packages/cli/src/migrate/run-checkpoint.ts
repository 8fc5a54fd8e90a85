import { resolve } from 'node:path';
import {
  fileCheckpoint,
  tableCheckpoint,
  type Checkpoint,
  type CheckpointStore,
} from '@monotable/core';

/** The checkpoint of one CLI run, and what its first load found. */
export interface RunCheckpoint {
  store: CheckpointStore;
  /** Where it is kept, for messages. */
  description: string;
  /** The checkpoint found at the start, if any (set when the migration loads it). */
  found?: Checkpoint;
  /** True when the run continues from `found`. */
  resumed: boolean;
}

const isComplete = (checkpoint: Checkpoint) =>
  checkpoint.positions.every((position) => position === 'done');

/**
 * The checkpoint a `monotable migrate` run saves after every page: an item in the table named
 * after the migration (`tableCheckpoint`), or `--checkpoint <file>`. An interrupted run
 * resumes from it; a completed one (or `--restart`) starts a fresh pass, so running a
 * migration again re-checks every item and picks up the ones that failed.
 */
export function runCheckpoint(options: {
  name: string;
  tableName: string;
  file?: string;
  restart?: boolean;
  cwd?: string;
  /** Called when the run continues an interrupted one, with its finished segments. */
  onResume?: (finishedSegments: number) => void;
}): RunCheckpoint {
  const path = options.file && resolve(options.cwd ?? process.cwd(), options.file);
  const store = path ? fileCheckpoint(path) : tableCheckpoint(options.name);
  const run: RunCheckpoint = {
    description: path ? `file ${path}` : `item ${options.name} in table ${options.tableName}`,
    resumed: false,
    store: {
      async load(...args: Parameters<CheckpointStore['load']>) {
        const saved = await store.load(...args);
        run.found = saved;
        run.resumed = Boolean(saved && !options.restart && !isComplete(saved));
        if (run.resumed) options.onResume?.(finishedSegments(run));
        return run.resumed ? saved : undefined;
      },
      save: (...args: Parameters<CheckpointStore['save']>) => store.save(...args),
    },
  };
  return run;
}

/** Segments a resumed run had already finished. */
export function finishedSegments(run: RunCheckpoint | undefined): number {
  if (!run?.resumed || !run.found) return 0;
  return run.found.positions.filter((position) => position === 'done').length;
}
