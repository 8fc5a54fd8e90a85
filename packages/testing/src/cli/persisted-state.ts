import { serializeSnapshot, type MemoryDynamoDB, type StateChange } from '../engine';
import type { WireResponse } from '../engine/transport';
import { encodeChange, journalLine, readStateFile, StateFileError } from './state-file';
import { StateJournal } from './state-journal';
import { StateLock } from './state-lock';

/**
 * Keeps an engine in its --persist file. At start the file's snapshot is restored and its
 * journal replayed; from then on, the changes each request makes become one journal line, and
 * the request's answer waits until that line is on disk. Every acknowledged write therefore
 * survives a crash (kill -9, power loss with an honest disk), and a half-written line can only
 * be one that was never acknowledged.
 */
export class PersistedState {
  /** Changes made by the request being answered (copied: the engine may reuse its values). */
  private pending: StateChange[] = [];

  private constructor(
    private readonly engine: MemoryDynamoDB,
    private readonly journal: StateJournal,
    private readonly lock: StateLock,
  ) {}

  /**
   * Takes the file's lock, loads `path` into `engine` (which should be empty) and starts
   * journaling. Throws StateFileError, naming the file and the problem, for a file it cannot
   * use or one another monotable-local is using.
   * `onWriteFailure` is called if the disk later refuses a write; the caller must then stop
   * answering, since nothing more can be made durable.
   */
  static open(path: string, engine: MemoryDynamoDB, onWriteFailure: (error: Error) => void): PersistedState {
    const lock = StateLock.acquire(path);
    try {
      return PersistedState.load(path, engine, onWriteFailure, lock);
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  private static load(
    path: string,
    engine: MemoryDynamoDB,
    onWriteFailure: (error: Error) => void,
    lock: StateLock,
  ): PersistedState {
    const contents = readStateFile(path);
    if (contents) {
      attempt(path, 'its snapshot cannot be loaded', () => engine.restore(contents.snapshot));
      for (const record of contents.records) {
        attempt(path, `line ${record.line} cannot be replayed`, () => record.changes.forEach((change) => engine.applyStateChange(change)));
      }
      if (contents.tornTail) {
        process.stderr.write(`monotable-local: ignored the unfinished last line of ${path} (a write cut short by a crash, never acknowledged)\n`);
      }
    }
    const journal = attempt(path, 'cannot be written', () =>
      StateJournal.open(path, () => serializeSnapshot(engine.snapshot()), onWriteFailure),
    );
    const state = new PersistedState(engine, journal, lock);
    engine.onStateChange((change) => state.pending.push(encodeChange(change)));
    return state;
  }

  /**
   * Answers like `engine.answer`, once the request's changes (journaled as one line) and
   * everything answered before are on disk. Answers to reads wait too, so no client sees a
   * write that a crash could still take back.
   */
  async answer(target: string | undefined, body: string): Promise<WireResponse> {
    const response = this.engine.answer(target, body);
    // The engine answers synchronously, so `pending` holds exactly this request's changes.
    if (this.pending.length > 0) {
      this.journal.append(journalLine(this.pending));
      this.pending = [];
    }
    await this.journal.whenDurable();
    return response;
  }

  /** Finishes the writes in flight and compacts the file (clean shutdown). */
  async close(): Promise<void> {
    await this.journal.close();
    this.lock.release();
  }
}

function attempt<T>(path: string, problem: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof StateFileError) throw error;
    throw new StateFileError(path, `${problem} (${(error as Error).message})`);
  }
}
