import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { findFreePort } from '@monotable/testing';
import { DEMO_ORDERS } from '../src/seed';
import {
  acceptsConnections,
  collectOutput,
  externalIPv4,
  groupIsAlive,
  portIsFree,
  stopGroup,
  waitForEnd,
  waitForOutput,
} from './support/started-process';

const repositoryRoot = join(__dirname, '../../..');
const sampleRoot = join(__dirname, '..');
/** The first start builds four packages; on a busy two-core machine that takes a while. */
const START_TIMEOUT_MS = 240_000;
/** How long a stopped app may take to close its server and exit. */
const STOP_TIMEOUT_MS = 5_000;

/** Units of `sku` in the demo orders (seeded at start). */
function demoSold(sku: string): number {
  const lines = DEMO_ORDERS.flatMap((order) => order.lines).filter((line) => line.sku === sku);
  return lines.reduce((sum, line) => sum + line.quantity, 0);
}

/** Polls `read` until it returns `expected` (the stream is handled moments after a write). */
async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (value !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/** The environment of a user who configured nothing but the port. */
function defaultEnvironment(port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port) };
  for (const name of ['DYNAMODB_ENDPOINT', 'DYNAMODB_BACKEND', 'TABLE_NAME', 'SEED', 'HOST'])
    delete env[name];
  return env;
}

describe('the README quick start: npm start at the repository root', () => {
  let child: ChildProcess | undefined;

  afterAll(async () => {
    if (child) await stopGroup(child, 'SIGKILL');
  });

  test(
    'serves the seeded shop on the in-process engine, on 127.0.0.1 and PORT, until stopped',
    async () => {
      const port = await findFreePort();
      child = spawn('npm', ['start'], {
        cwd: repositoryRoot,
        env: defaultEnvironment(port),
        detached: true,
      });

      const url = `http://127.0.0.1:${port}`;
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

      // The sales counter follows the stream in-process: the demo orders, then one placed now.
      const soldOf = async (sku: string) =>
        ((await (await fetch(`${url}/products/${sku}`)).json()) as { sold: number }).sold;
      expect(await eventually(() => soldOf('hammer'), demoSold('hammer'))).toBe(demoSold('hammer'));
      const placed = await fetch(`${url}/customers/ada/orders`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ lines: [{ sku: 'hammer', quantity: 2 }] }),
      });
      expect(placed.status).toBe(201);
      const expected = demoSold('hammer') + 2;
      expect(await eventually(() => soldOf('hammer'), expected)).toBe(expected);

      await stopGroup(child);
      await expect(fetch(url)).rejects.toThrow();
    },
    START_TIMEOUT_MS + 30_000,
  );
});

describe('npm start in apps/sample: a signal to the process it started stops the app', () => {
  let child: ChildProcess | undefined;

  // What `npm start` at the root builds first (a turbo cache hit after the test above).
  beforeAll(() => {
    const build = spawnSync(
      join(repositoryRoot, 'node_modules', '.bin', 'turbo'),
      ['run', 'build', '--filter=sample...', '--output-logs=errors-only', '--log-prefix=none'],
      {
        cwd: repositoryRoot,
        encoding: 'utf8',
        env: { TURBO_TELEMETRY_DISABLED: '1', ...process.env },
      },
    );
    if (build.status !== 0) throw new Error(`The build failed:\n${build.stdout}${build.stderr}`);
  }, START_TIMEOUT_MS);

  afterEach(async () => {
    if (child) await stopGroup(child, 'SIGKILL');
    child = undefined;
  });

  test.each(['SIGTERM', 'SIGINT'] as const)(
    '%s to npm stops the app gracefully: npm exits, the port is free, no process is left',
    async (signal) => {
      const port = await findFreePort();
      const env = { ...defaultEnvironment(port), HOST: '127.0.0.1' };
      child = spawn('npm', ['start'], { cwd: sampleRoot, env, detached: true });
      const output = collectOutput(child);

      const url = `http://127.0.0.1:${port}`;
      await waitForOutput(child, new RegExp(`listening on ${url}`), 60_000);
      expect(output()).toContain('in-process DynamoDB engine');
      expect((await fetch(`${url}/products/hammer`)).status).toBe(200);
      // Bound to loopback: another interface of this machine refuses the connection.
      const external = externalIPv4();
      if (external) expect(await acceptsConnections(external, port)).toBe(false);

      // `kill <pid of npm start>`: the signal goes to npm alone, not to its process group.
      const started = Date.now();
      process.kill(child.pid!, signal);
      await waitForEnd(child, STOP_TIMEOUT_MS);
      expect(Date.now() - started).toBeLessThan(STOP_TIMEOUT_MS);

      expect(output()).toContain(`Stopped on ${signal}`);
      expect(await portIsFree(port)).toBe(true);
      expect(groupIsAlive(child)).toBe(false);
    },
    90_000,
  );
});
