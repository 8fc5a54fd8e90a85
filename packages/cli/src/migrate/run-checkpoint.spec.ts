import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Checkpoint, CheckpointStore } from '@monotable/core';
import { finishedSegments, runCheckpoint } from './run-checkpoint';

type Context = Parameters<CheckpointStore['load']>[0];
const context = {} as Context;

describe('runCheckpoint', () => {
  let directory: string;
  let file: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'monotable-checkpoint-'));
    file = join(directory, 'checkpoint.json');
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));
  const saved = (positions: Checkpoint['positions']) =>
    writeFileSync(
      file,
      JSON.stringify({ entity: 'Customer', segments: positions.length, toVersion: 2, positions }),
    );

  it('resumes an interrupted run', async () => {
    saved(['done', { PK: 'x' }]);
    const resumes: number[] = [];
    const run = runCheckpoint({
      name: 'm',
      tableName: 'app',
      file,
      onResume: (done) => resumes.push(done),
    });
    expect(run.description).toBe(`file ${file}`);
    expect((await run.store.load(context))?.positions).toEqual(['done', { PK: 'x' }]);
    expect(run.resumed).toBe(true);
    expect(resumes).toEqual([1]);
    expect(finishedSegments(run)).toBe(1);
  });

  it('starts a fresh pass after a completed run, or with restart', async () => {
    saved(['done', 'done']);
    const completed = runCheckpoint({ name: 'm', tableName: 'app', file });
    expect(await completed.store.load(context)).toBeUndefined();
    expect(completed.resumed).toBe(false);

    saved(['done', null]);
    const restarted = runCheckpoint({ name: 'm', tableName: 'app', file, restart: true });
    expect(await restarted.store.load(context)).toBeUndefined();
    expect(finishedSegments(restarted)).toBe(0);
  });

  it('keeps the checkpoint as an item in the table by default', () => {
    expect(runCheckpoint({ name: 'customer-v2', tableName: 'app' }).description).toBe(
      'item customer-v2 in table app',
    );
  });
});
