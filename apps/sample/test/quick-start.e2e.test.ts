import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { findFreePort } from '@monotable/testing';

const repositoryRoot = join(__dirname, '../../..');
/** The first start builds four packages; on a busy two-core machine that takes a while. */
const START_TIMEOUT_MS = 240_000;

/** Resolves with the output once `pattern` appears in it; rejects if the process ends first. */
function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`Not started after ${timeoutMs} ms. Output:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(`npm start exited (${code ?? signal}) before listening. Output:\n${output}`),
      );
    });
  });
}

/** Sends `signal` to the whole process group (npm, the start script, the app) and waits. */
async function stopGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid!, signal);
  } catch {
    return; // the group is gone already
  }
  await exited;
}

describe('the README quick start: npm start at the repository root', () => {
  let child: ChildProcess | undefined;

  afterAll(async () => {
    if (child) await stopGroup(child, 'SIGKILL');
  });

  test(
    'serves the seeded shop on the in-process engine, on PORT, until stopped',
    async () => {
      const port = await findFreePort();
      const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port) };
      for (const name of ['DYNAMODB_ENDPOINT', 'DYNAMODB_BACKEND', 'TABLE_NAME', 'SEED'])
        delete env[name];
      child = spawn('npm', ['start'], { cwd: repositoryRoot, env, detached: true });

      const url = `http://localhost:${port}`;
      const output = await waitForOutput(
        child,
        new RegExp(`listening on ${url}`),
        START_TIMEOUT_MS,
      );
      expect(output).toContain('in-process DynamoDB engine');
      expect(output).toContain(`curl '${url}/customers/ada?include=addresses,orders'`);

      const response = await fetch(`${url}/customers/ada?include=addresses,orders`);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-dynamodb-requests')).toBe('1');
      const ada = (await response.json()) as { id: string; orders: unknown[] };
      expect(ada).toMatchObject({ id: 'ada', email: 'ada@example.com' });
      expect(ada.orders).toHaveLength(3);

      await stopGroup(child);
      await expect(fetch(url)).rejects.toThrow();
    },
    START_TIMEOUT_MS + 30_000,
  );
});
