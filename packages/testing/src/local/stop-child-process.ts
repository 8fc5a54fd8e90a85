import type { ChildProcess } from 'node:child_process';

/**
 * Ends a child process and waits until the operating system has reaped it: SIGTERM first,
 * SIGKILL when it has not exited after `graceMs`.
 */
export async function stopChildProcess(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (hasExited(child)) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    if (!hasExited(child)) child.kill('SIGKILL');
  }, graceMs);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}

/** Kills without waiting; for process 'exit' handlers, which cannot wait. */
export function killChildProcessNow(child: ChildProcess): void {
  if (!hasExited(child)) child.kill('SIGKILL');
}

export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}
