import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseSnapshot, type EngineSnapshot, type StateChange } from '../engine';
import { decodeWireBinaries, encodeWireBinaries } from '../engine/wire';

/*
 * The --persist file is text, one JSON document per line:
 *   line 1     the snapshot (serializeSnapshot), as the file was last compacted;
 *   line 2...  one journal record per answered request that changed something since:
 *              `<checksum> <JSON array of StateChange>`.
 * Lines are only ever appended, so a crash can only cut the last one short; that line was never
 * acknowledged (its answer waits for fsync) and is ignored. Compaction rewrites the file as a
 * single snapshot line, atomically.
 */

/** A state file that cannot be used; the message names the file and says what is wrong. */
export class StateFileError extends Error {
  constructor(path: string, reason: string) {
    super(`${path}: ${reason.replace(/\s*\n\s*/g, ' ')}`);
    this.name = 'StateFileError';
  }
}

export interface JournalRecord {
  /** 1-based line number in the file, for error messages. */
  line: number;
  changes: StateChange[];
}

export interface StateFileContents {
  snapshot: EngineSnapshot;
  records: JournalRecord[];
  /** Whether the last line was cut short by a crash (and ignored). */
  tornTail: boolean;
}

/** Reads and checks the file; undefined if it does not exist or is empty. Throws StateFileError. */
export function readStateFile(path: string): StateFileContents | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StateFileError(path, `cannot be read (${(error as Error).message})`);
  }
  if (text === '') return undefined;
  const lines = text.split('\n');
  // Whatever follows the last newline is a record whose write a crash interrupted. The first
  // line is the exception: files written before the journal existed hold only a snapshot with
  // no newline after it.
  const last = lines.pop()!;
  const tornTail = last !== '' && lines.length > 0;
  if (lines.length === 0) lines.push(last);
  return {
    snapshot: readSnapshotLine(path, lines[0]),
    records: lines.slice(1).map((line, index) => readRecordLine(path, line, index + 2)),
    tornTail,
  };
}

function readSnapshotLine(path: string, line: string): EngineSnapshot {
  try {
    return parseSnapshot(line);
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'its first line is not JSON' : (error as Error).message;
    throw new StateFileError(path, `not a monotable-local state file (${reason})`);
  }
}

function readRecordLine(path: string, line: string, lineNumber: number): JournalRecord {
  const space = line.indexOf(' ');
  const json = line.slice(space + 1);
  if (space < 0 || line.slice(0, space) !== checksum(json)) {
    throw new StateFileError(path, `line ${lineNumber} is corrupt (its checksum does not match its content)`);
  }
  const changes = JSON.parse(json) as unknown;
  if (!Array.isArray(changes)) throw new StateFileError(path, `line ${lineNumber} is not a journal record`);
  return { line: lineNumber, changes: decodeWireBinaries(changes as StateChange[]) };
}

/** One journal line (with its newline) for the changes one request made. */
export function journalLine(changes: StateChange[]): string {
  const json = JSON.stringify(changes);
  return `${checksum(json)} ${json}\n`;
}

/** A copy of the change in its JSON form, safe to keep after the engine moves on. */
export function encodeChange(change: StateChange): StateChange {
  return encodeWireBinaries(change);
}

function checksum(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * Replaces the file by `firstLine` alone, atomically and durably: a temporary file, fsync,
 * rename, then fsync of the directory so the rename itself survives a crash. Returns its size.
 */
export function writeCompactedStateFile(path: string, firstLine: string): number {
  const temporary = `${path}.${process.pid}.tmp`;
  const data = Buffer.from(`${firstLine}\n`, 'utf8');
  const file = openSync(temporary, 'w');
  try {
    for (let written = 0; written < data.length; ) written += writeSync(file, data, written);
    fsyncSync(file);
  } finally {
    closeSync(file);
  }
  renameSync(temporary, path);
  syncDirectory(dirname(path));
  return data.length;
}

function syncDirectory(directory: string): void {
  // Windows cannot open a directory as a file; its renames are durable through NTFS's log.
  if (process.platform === 'win32') return;
  const handle = openSync(directory, 'r');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}
