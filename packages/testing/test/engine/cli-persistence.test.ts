import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTable } from './engine-test-kit';

const packageDir = join(__dirname, '..', '..');

interface RunningCli {
  child: ChildProcess;
  endpoint: string;
}

function startCli(args: string[]): Promise<RunningCli> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/cli/monotable-local.ts', ...args], {
    cwd: packageDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`monotable-local did not start: ${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, endpoint: match[1] });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`monotable-local exited with ${code}: ${output}`));
    });
  });
}

function stopCli(cli: RunningCli, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    cli.child.removeAllListeners('exit');
    cli.child.once('exit', (code) => resolve(code));
    cli.child.kill(signal);
  });
}

function clientFor(endpoint: string) {
  const client = new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'a', secretAccessKey: 'b' }, maxAttempts: 1 });
  return { client, documents: DynamoDBDocumentClient.from(client) };
}

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
});
