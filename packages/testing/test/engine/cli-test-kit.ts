import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const packageDir = join(__dirname, '..', '..');
const compiledCli = join(packageDir, 'dist', 'cli', 'monotable-local.js');

/** The newest modification time of the package's sources. */
function newestSource(dir = join(packageDir, 'src')): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The command as users run it (the bin launcher, which loads dist/) when the build is up to
 * date, as it is under `npm test`; else the sources through ts-node, so that a test run right
 * after an edit never tests stale output.
 */
const cliArguments =
  existsSync(compiledCli) && statSync(compiledCli).mtimeMs >= newestSource()
    ? [join(packageDir, 'bin', 'monotable-local.js')]
    : ['-r', 'ts-node/register/transpile-only', 'src/cli/monotable-local.ts'];

/** A monotable-local process started by `startCli`, with everything it printed so far. */
export interface RunningCli {
  child: ChildProcess;
  endpoint: string;
  output(): string;
}

/** Spawns the real CLI (from its sources) and resolves once it listens. */
export function startCli(args: string[]): Promise<RunningCli> {
  const child = spawn(process.execPath, [...cliArguments, ...args], { cwd: packageDir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`monotable-local did not start: ${output}`)), 20_000);
    child.stdout!.on('data', () => {
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, endpoint: match[1], output: () => output });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`monotable-local exited with ${code}: ${output}`));
    });
  });
}

/** Runs the CLI to its end (for runs that should fail at start): exit code and output. */
export function runCliToExit(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [...cliArguments, ...args], { cwd: packageDir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

export function stopCli(cli: RunningCli, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    cli.child.removeAllListeners('exit');
    if (cli.child.exitCode !== null || cli.child.signalCode !== null) return resolve(cli.child.exitCode);
    cli.child.once('exit', (code) => resolve(code));
    cli.child.kill(signal);
  });
}

export function clientFor(endpoint: string) {
  const client = new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'a', secretAccessKey: 'b' }, maxAttempts: 1 });
  return { client, documents: DynamoDBDocumentClient.from(client) };
}
