import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clientFor, runCliToExit, startCli, stopCli } from './cli-test-kit';
import { createTable } from './engine-test-kit';

describe('monotable-local CLI', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'monotable-local-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('keeps its tables across a restart with --persist', async () => {
    const stateFile = join(directory, 'state.json');
    const first = await startCli(['--port', '0', '--persist', stateFile]);
    const one = clientFor(first.endpoint);
    await createTable(one.client);
    await one.documents.send(new PutCommand({ TableName: 'app', Item: { PK: 'a', SK: 'b', bytes: new Uint8Array([7]), n: 1.5 } }));
    one.client.destroy();
    expect(await stopCli(first, 'SIGTERM')).toBe(0);
    expect(existsSync(stateFile)).toBe(true);
    expect(existsSync(`${stateFile}.lock`)).toBe(false); // a clean shutdown gives the file up

    const second = await startCli(['--port', '0', '--persist', stateFile]);
    const two = clientFor(second.endpoint);
    try {
      const { Item: item } = await two.documents.send(new GetCommand({ TableName: 'app', Key: { PK: 'a', SK: 'b' } }));
      expect(item).toEqual({ PK: 'a', SK: 'b', bytes: new Uint8Array([7]), n: 1.5 });
    } finally {
      two.client.destroy();
      await stopCli(second, 'SIGINT');
    }
  });

  it('saves after writes without waiting for shutdown', async () => {
    const stateFile = join(directory, 'state.json');
    const cli = await startCli(['--port', '0', '--persist', stateFile]);
    const { client } = clientFor(cli.endpoint);
    try {
      await createTable(client);
      for (let i = 0; i < 50 && !existsSync(stateFile); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(existsSync(stateFile)).toBe(true);
    } finally {
      client.destroy();
      cli.child.kill('SIGKILL');
    }
  });

  it('keeps a second process off a file in use; a lock left by kill -9 is taken over', async () => {
    const stateFile = join(directory, 'state.json');
    const first = await startCli(['--port', '0', '--persist', stateFile]);
    const second = await runCliToExit(['--port', '0', '--persist', stateFile]);
    expect(second.code).toBe(1);
    expect(second.stderr).toBe(
      `monotable-local: ${stateFile}: is in use by another monotable-local (pid ${first.child.pid}); ` +
        `run one process per file (if pid ${first.child.pid} is not monotable-local, remove ${stateFile}.lock)\n`,
    );
    const one = clientFor(first.endpoint);
    await createTable(one.client);
    one.client.destroy();
    expect(await stopCli(first, 'SIGKILL')).toBe(null);
    expect(existsSync(`${stateFile}.lock`)).toBe(true);

    const restarted = await startCli(['--port', '0', '--persist', stateFile]);
    const two = clientFor(restarted.endpoint);
    try {
      await expect(two.documents.send(new GetCommand({ TableName: 'app', Key: { PK: 'a', SK: 'b' } }))).resolves.toBeDefined();
    } finally {
      two.client.destroy();
      await stopCli(restarted, 'SIGTERM');
    }
  });

  it('refuses a state file it cannot use with one line naming the file and the problem', async () => {
    // A real journal line to damage: write through a running server, then kill it.
    const damaged = join(directory, 'damaged.json');
    const cli = await startCli(['--port', '0', '--persist', damaged]);
    const { client } = clientFor(cli.endpoint);
    await createTable(client);
    client.destroy();
    await stopCli(cli, 'SIGKILL');
    const [snapshot, record] = readFileSync(damaged, 'utf8').split('\n');
    writeFileSync(damaged, `${snapshot}\n${record.replace('"app"', '"apq"')}\n`);

    const files: [string, string | undefined, string][] = [
      ['garbage.json', 'garbage\n', 'not a monotable-local state file (its first line is not JSON)'],
      ['package.json', '{"name":"x","version":"1.0.0"}', 'not a monotable-local state file (Not a MemoryDynamoDB snapshot (expected format version 1))'],
      ['malformed.json', '{"version":1,"tables":[{}]}', 'its snapshot cannot be loaded (a table in it has no definition (name and key schema))'],
      ['damaged.json', undefined, 'line 2 is corrupt (its checksum does not match its content)'],
      ['a-directory', undefined, 'cannot be read (EISDIR: illegal operation on a directory, read)'],
    ];
    mkdirSync(join(directory, 'a-directory'));
    for (const [name, content] of files) if (content !== undefined) writeFileSync(join(directory, name), content);
    const runs = await Promise.all(files.map(([name]) => runCliToExit(['--port', '0', '--persist', join(directory, name)])));
    expect(runs.map((run) => ({ code: run.code, stderr: run.stderr }))).toEqual(
      files.map(([name, , problem]) => ({ code: 1, stderr: `monotable-local: ${join(directory, name)}: ${problem}\n` })),
    );
    // A file it cannot use is left as it was.
    expect(readFileSync(join(directory, 'garbage.json'), 'utf8')).toBe('garbage\n');
  });
});
