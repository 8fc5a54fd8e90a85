import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Table } from '../../model/table';

/** Where each scan segment of a migration stands: not started, resume after a key, or done. */
export type SegmentPosition = null | Record<string, unknown> | 'done';

/** The progress of an offline migration, saved after every page so a crashed run can resume. */
export interface Checkpoint {
  entity: string;
  segments: number;
  /** The schema version the migration stores. */
  toVersion: number;
  positions: SegmentPosition[];
}

/** The table a migration runs on, for stores that keep their checkpoint in it. */
export interface CheckpointContext {
  table: Table;
  tableName: string;
  /** A strongly consistent GetItem through the connection (logged like every request). */
  getItem(key: Record<string, unknown>): Promise<Record<string, unknown> | undefined>;
  /** A PutItem through the connection. */
  putItem(item: Record<string, unknown>): Promise<void>;
}

/**
 * Persists checkpoints: a file (`fileCheckpoint`), an item in the table (`tableCheckpoint`),
 * anything durable.
 */
export interface CheckpointStore {
  load(context: CheckpointContext): Promise<Checkpoint | undefined>;
  save(checkpoint: Checkpoint, context: CheckpointContext): Promise<void>;
}

/**
 * A checkpoint kept in a JSON file, replaced atomically (write, then rename) so a crash never
 * leaves half a checkpoint.
 *
 * @example
 * await db.migrate(Customer, { checkpoint: fileCheckpoint('.migrations/customer-v3.json') });
 */
export function fileCheckpoint(path: string): CheckpointStore {
  return {
    async load() {
      try {
        return JSON.parse(await readFile(path, 'utf8')) as Checkpoint;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async save(checkpoint) {
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(checkpoint));
      await rename(temporary, path);
    },
  };
}
