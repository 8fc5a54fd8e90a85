import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeSnapshot, type StateChange } from '../engine';
import { journalLine, readStateFile, writeCompactedStateFile } from './state-file';

describe('state file', () => {
  let directory: string;
  let path: string;
  const snapshot = serializeSnapshot({ tables: [] });
  const put: StateChange = { kind: 'put', table: 't', item: { PK: { S: 'a' } } };

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'state-file-'));
    path = join(directory, 'state.json');
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('reads the snapshot line and the journal records after it', () => {
    writeCompactedStateFile(path, snapshot);
    appendFileSync(path, journalLine([put]) + journalLine([{ kind: 'drop', table: 't' }]));
    expect(readStateFile(path)).toEqual({
      snapshot: { tables: [] },
      records: [
        { line: 2, changes: [put] },
        { line: 3, changes: [{ kind: 'drop', table: 't' }] },
      ],
      tornTail: false,
    });
  });

  it('ignores a last line cut short by a crash, but not a damaged line before it', () => {
    writeCompactedStateFile(path, snapshot);
    appendFileSync(path, journalLine([put]) + journalLine([put]).slice(0, 20));
    expect(readStateFile(path)).toMatchObject({ records: [{ line: 2 }], tornTail: true });

    writeFileSync(path, `${snapshot}\n${journalLine([put]).replace('"a"', '"b"')}${journalLine([put])}`);
    expect(() => readStateFile(path)).toThrow(`${path}: line 2 is corrupt (its checksum does not match its content)`);
  });

  it('reads files written before the journal existed (one snapshot, no newline)', () => {
    writeFileSync(path, snapshot);
    expect(readStateFile(path)).toEqual({ snapshot: { tables: [] }, records: [], tornTail: false });
  });

  it('names the file and the problem for foreign files', () => {
    writeFileSync(path, 'garbage\n');
    expect(() => readStateFile(path)).toThrow(`${path}: not a monotable-local state file (its first line is not JSON)`);
    writeFileSync(path, '{"name":"package"}');
    expect(() => readStateFile(path)).toThrow(`${path}: not a monotable-local state file (Not a MemoryDynamoDB snapshot`);
  });

  it('compacts by replacing the whole file with one line', () => {
    writeFileSync(path, 'old content');
    writeCompactedStateFile(path, snapshot);
    expect(readFileSync(path, 'utf8')).toBe(`${snapshot}\n`);
  });
});
