import { Presets, SingleBar } from 'cli-progress';
import type { MigrationReport } from '@monotable/core';
import { formatCounts } from './report-counts';

/** Receives the migration's `onProgress` calls. */
export interface Progress {
  update(report: MigrationReport, page: { segment: number; done: boolean }): void;
  stop(): void;
}

export interface ProgressOptions {
  label: string;
  segments: number;
  /** Segments finished before this run (a resumed run), read at the first update. */
  finishedBefore: () => number;
  /** Least time between two plain progress lines (non-TTY output). */
  intervalMs?: number;
  now?: () => number;
}

/**
 * Progress on `stream` (stderr): a bar of finished scan segments with the counts so far on a
 * terminal, else a plain line at most every `intervalMs` and whenever a segment finishes (for
 * CI logs). A scan cannot know how many items it will read, so the bar counts segments.
 */
export function createProgress(stream: NodeJS.WriteStream, options: ProgressOptions): Progress {
  const finished = new Set<number>();
  const done = () => options.finishedBefore() + finished.size;
  return stream.isTTY
    ? progressBar(stream, options, finished, done)
    : progressLines(stream, options, finished, done);
}

function progressBar(
  stream: NodeJS.WriteStream,
  options: ProgressOptions,
  finished: Set<number>,
  done: () => number,
): Progress {
  const bar = new SingleBar(
    {
      stream,
      format: `${options.label} [{bar}] {value}/{total} segments | {counts} | {duration_formatted}`,
      hideCursor: true,
      etaBuffer: 1,
    },
    Presets.shades_classic,
  );
  bar.start(options.segments, 0, { counts: 'starting' });
  return {
    update(report, page) {
      if (page.done) finished.add(page.segment);
      bar.update(done(), { counts: formatCounts(report) });
    },
    stop: () => bar.stop(),
  };
}

function progressLines(
  stream: NodeJS.WriteStream,
  options: ProgressOptions,
  finished: Set<number>,
  done: () => number,
): Progress {
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? 1000;
  let last = -Infinity;
  return {
    update(report, page) {
      const segmentFinished = page.done && !finished.has(page.segment);
      if (page.done) finished.add(page.segment);
      if (!segmentFinished && now() - last < interval) return;
      last = now();
      stream.write(
        `${options.label}: ${done()}/${options.segments} segments, ${formatCounts(report)}\n`,
      );
    },
    stop() {},
  };
}
