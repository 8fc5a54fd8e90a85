import { closeSync, fdatasync, openSync, write } from 'node:fs';
import { promisify } from 'node:util';
import { writeCompactedStateFile } from './state-file';

const writeAt = promisify(write);
const syncData = promisify(fdatasync);

/** Compaction waits for at least this much journal, so small databases are not rewritten all the time. */
const MIN_JOURNAL_BYTES_BEFORE_COMPACTION = 8 * 1024 * 1024;

/**
 * The state file's writer. Journal lines are appended and fdatasync'ed; `whenDurable()` says
 * when everything appended so far is on disk. Lines appended while a write is in flight go out
 * together in the next one (group commit), so fifty concurrent writers share one fsync instead
 * of queueing for fifty.
 *
 * Once the journal outgrows the snapshot (and at close), the file is compacted: rewritten as one
 * snapshot line. `snapshotLine` must return the state including every line appended so far,
 * which holds because the engine applies a change before its line is appended.
 */
export class StateJournal {
  private queued: string[] = [];
  private appended = 0;
  private durable = 0;
  private readonly waiters: { upTo: number; resolve: () => void }[] = [];
  private writing: Promise<void> | undefined;
  private journalBytes = 0;

  private constructor(
    private readonly path: string,
    private file: number,
    private snapshotBytes: number,
    private readonly snapshotLine: () => string,
    private readonly onFailure: (error: Error) => void,
  ) {}

  /** Starts the file afresh from the current state (so a torn last line never stays in it). */
  static open(path: string, snapshotLine: () => string, onFailure: (error: Error) => void): StateJournal {
    const snapshotBytes = writeCompactedStateFile(path, snapshotLine());
    return new StateJournal(path, openSync(path, 'a'), snapshotBytes, snapshotLine, onFailure);
  }

  append(line: string): void {
    this.queued.push(line);
    this.appended += 1;
    this.writing ??= this.writeQueued();
  }

  /** Resolves once every line appended so far is on disk. */
  whenDurable(): Promise<void> {
    const upTo = this.appended;
    if (this.durable >= upTo) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ upTo, resolve }));
  }

  /** Waits for the writes in flight, then compacts and closes the file. */
  async close(): Promise<void> {
    while (this.writing) await this.writing;
    this.compact();
    closeSync(this.file);
  }

  private async writeQueued(): Promise<void> {
    try {
      while (this.queued.length > 0) {
        const upTo = this.appended;
        const data = Buffer.from(this.queued.join(''), 'utf8');
        this.queued = [];
        for (let written = 0; written < data.length; ) {
          written += (await writeAt(this.file, data, written, data.length - written)).bytesWritten;
        }
        await syncData(this.file);
        this.journalBytes += data.length;
        this.markDurable(upTo);
        if (this.journalBytes > Math.max(MIN_JOURNAL_BYTES_BEFORE_COMPACTION, this.snapshotBytes)) this.compact();
      }
    } catch (error) {
      // The disk refused a write: nothing queued may be acknowledged, so the owner must stop.
      this.onFailure(error as Error);
    } finally {
      this.writing = undefined;
    }
  }

  /** Rewrites the file as the current snapshot, which also makes every queued line durable. */
  private compact(): void {
    this.snapshotBytes = writeCompactedStateFile(this.path, this.snapshotLine());
    closeSync(this.file);
    this.file = openSync(this.path, 'a');
    this.queued = [];
    this.journalBytes = 0;
    this.markDurable(this.appended);
  }

  private markDurable(upTo: number): void {
    this.durable = upTo;
    while (this.waiters.length > 0 && this.waiters[0].upTo <= upTo) this.waiters.shift()!.resolve();
  }
}
