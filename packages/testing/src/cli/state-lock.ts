import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { StateFileError } from './state-file';

/** Whether a process with this pid is running (EPERM: it is, under another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerOf(lockPath: string): number | undefined {
  try {
    const pid = Number(readFileSync(lockPath, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps a second monotable-local off a --persist file in use: `<file>.lock` holds the pid of
 * the process that owns the file. A lock whose process is gone (killed, crashed) is stale and
 * taken over; a clean shutdown removes it.
 */
export class StateLock {
  private constructor(private readonly lockPath: string) {}

  /** Takes the lock of `statePath`, or throws StateFileError naming the process that holds it. */
  static acquire(statePath: string): StateLock {
    const lockPath = `${statePath}.lock`;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        const fd = openSync(lockPath, 'wx');
        writeSync(fd, `${process.pid}\n`);
        closeSync(fd);
        return new StateLock(lockPath);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new StateFileError(statePath, `cannot create its lock file ${lockPath} (${(error as Error).message})`);
        }
      }
      const owner = ownerOf(lockPath);
      if (owner !== undefined && owner !== process.pid && isRunning(owner)) {
        throw new StateFileError(
          statePath,
          `is in use by another monotable-local (pid ${owner}); run one process per file ` +
            `(if pid ${owner} is not monotable-local, remove ${lockPath})`,
        );
      }
      unlinkSync(lockPath); // stale: the process that held it is gone
    }
    throw new StateFileError(statePath, `cannot take its lock file ${lockPath}: another process keeps taking it`);
  }

  /** Gives the file up (clean shutdown). */
  release(): void {
    if (ownerOf(this.lockPath) !== process.pid) return;
    try {
      unlinkSync(this.lockPath);
    } catch {
      // already gone
    }
  }
}
