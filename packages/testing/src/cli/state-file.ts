import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseSnapshot, serializeSnapshot, type EngineSnapshot } from '../engine';

/** Operations that change what a snapshot holds, after which the state file is saved. */
export const STATE_CHANGING_OPERATIONS = new Set([
  'CreateTable',
  'DeleteTable',
  'UpdateTable',
  'UpdateTimeToLive',
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
  'TransactWriteItems',
]);

export function loadStateFile(path: string): EngineSnapshot | undefined {
  if (!existsSync(path)) return undefined;
  return parseSnapshot(readFileSync(path, 'utf8'));
}

/** Writes the snapshot atomically (temporary file, then rename) so a crash never leaves half a file. */
export function saveStateFile(path: string, snapshot: EngineSnapshot): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, serializeSnapshot(snapshot));
  renameSync(temporary, path);
}

/**
 * Saves at most once per `delayMs` however many writes arrive (debounced), and on demand with
 * `flush()` (at shutdown).
 */
export class DebouncedSaver {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly save: () => void,
    private readonly delayMs = 100,
  ) {}

  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.save();
    }, this.delayMs);
  }

  flush(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.save();
  }
}
