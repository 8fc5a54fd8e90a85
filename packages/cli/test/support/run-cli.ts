import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The package directory: the subprocesses' working directory. */
export const packageDir = join(__dirname, '..', '..');

/** A compiled fixture module, relative to packageDir (as a user would type it). */
export const fixture = (name: string) =>
  `node_modules/.cache/monotable-cli-test/fixtures/${name}.js`;

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment of every run: the machine's AWS settings removed (nothing may reach AWS),
 * dummy credentials and a region instead; `overrides` with `undefined` values remove more.
 */
export function cliEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.startsWith('AWS_') && name !== 'MONOTABLE_DEBUG') env[name] = value;
  }
  Object.assign(env, {
    AWS_REGION: 'local',
    AWS_ACCESS_KEY_ID: 'cli-test',
    AWS_SECRET_ACCESS_KEY: 'cli-test',
    AWS_EC2_METADATA_DISABLED: 'true',
  });
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

/** A running `monotable` process, its output so far, and its end. */
export interface RunningCli {
  child: ChildProcess;
  output(): CliResult;
  /** Resolves once stderr matches `pattern`. */
  waitForStderr(pattern: RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<CliResult>;
}

export function startCli(args: string[], env: NodeJS.ProcessEnv = cliEnv()): RunningCli {
  const child = spawn(process.execPath, ['dist/cli.js', ...args], {
    cwd: packageDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const result: CliResult = { code: null, signal: null, stdout: '', stderr: '' };
  const listeners = new Set<() => void>();
  child.stdout!.on('data', (chunk: Buffer) => (result.stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => {
    result.stderr += chunk.toString();
    for (const listener of listeners) listener();
  });
  const exited = new Promise<CliResult>((resolve) =>
    child.once('close', (code, signal) => resolve(Object.assign(result, { code, signal }))),
  );
  return {
    child,
    output: () => ({ ...result }),
    exited,
    waitForStderr(pattern, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!pattern.test(result.stderr)) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`stderr never matched ${pattern}:\n${result.stderr}\n${result.stdout}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
  };
}

/** Runs `monotable <args>` to its end. */
export function runCli(args: string[], env?: NodeJS.ProcessEnv): Promise<CliResult> {
  return startCli(args, env).exited;
}
