/** Timing, statistics and printing helpers shared by the benchmark sections. */
import { performance } from 'node:perf_hooks';

/** Milliseconds since an arbitrary origin, sub-microsecond resolution. */
export const now = (): number => performance.now();

/** Runs `op` `count` times one after the other; appends each duration (ms) to `samples`. */
export async function timeEach(
  count: number,
  op: (i: number) => Promise<unknown>,
  samples: number[],
  offset = 0,
): Promise<void> {
  for (let i = 0; i < count; i++) {
    const start = now();
    await op(offset + i);
    samples.push(now() - start);
  }
}

/** Duration (ms) of one call of `op`. */
export async function timeOnce(op: () => Promise<unknown>): Promise<number> {
  const start = now();
  await op();
  return now() - start;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A duration in ms rendered with a unit that keeps 3 significant figures. */
export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 1) return `${ms.toPrecision(3)} ms`;
  return `${(ms * 1000).toPrecision(3)} µs`;
}

export function formatRatio(ratio: number): string {
  return `${ratio >= 100 ? ratio.toFixed(0) : ratio.toPrecision(3)}×`;
}

/** Progress goes to stderr so that stdout holds only the results. */
export function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** A Markdown table with columns padded for the terminal. */
export function renderTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(header), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** Deterministic pseudo-random integers in [0, bound) (mulberry32), so runs repeat. */
export function randomInts(seed: number): (bound: number) => number {
  let state = seed >>> 0;
  return (bound) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * bound);
  };
}
