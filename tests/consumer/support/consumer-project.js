// Shared by the global setup and the tests: where the fresh project is, and how to run
// commands in it with a clean environment (nothing inherited from the workspace's npm run).
const { spawn, spawnSync } = require('node:child_process');
const path = require('node:path');

const REPOSITORY_ROOT = path.join(__dirname, '..', '..', '..');
const WORK_DIR_ENV = 'MONOTABLE_CONSUMER_DIR';
const PACKAGES = ['core', 'testing', 'cli', 'nestjs'];
/** The Nest majors a fresh application is installed with. */
const NEST_MAJORS = [11, 12];

/** The environment of a user's shell: no npm_* settings of the workspace, no test backend. */
function userEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_|^INIT_CWD$|^MONOTABLE_|^JEST_|^AWS_/i.test(key)) continue;
    env[key] = value;
  }
  return { ...env, NODE_OPTIONS: '', ...extra };
}

function execute(command, args, options) {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: userEnv(options.env),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    timeout: options.timeoutMs ?? 300_000,
  });
  if (result.error) throw result.error;
  return {
    status: result.status ?? 1,
    stdout: result.stdout,
    output: `${result.stdout}\n${result.stderr}`.trim(),
  };
}

/** Runs a command to completion; returns stdout, throws with stdout and stderr on failure. */
function run(command, args, options = {}) {
  const result = execute(command, args, options);
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${result.status}):\n${result.output}`,
    );
  }
  return result.stdout;
}

/** `run`, without blocking: resolves with stdout, rejects with stdout and stderr on failure. */
function runAsync(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: userEnv(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status === 0) resolve(stdout);
      else
        reject(
          new Error(`${command} ${args.join(' ')} failed (exit ${status}):\n${stdout}\n${stderr}`),
        );
    });
  });
}

/** Runs a command to completion; its exit code and everything it printed (stdout, stderr). */
function runAllowingFailure(command, args, options = {}) {
  const { status, output } = execute(command, args, options);
  return { status, output };
}

/**
 * Starts a long-running command in its own process group; resolves once its output matches
 * `ready`, with `stop()` that ends the whole group (npx runs the bin in a child shell).
 */
function start(command, args, { cwd, env, ready, timeoutMs = 30_000 }) {
  const child = spawn(command, args, {
    cwd,
    env: userEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(
        new Error(`${command} ${args.join(' ')} did not start in ${timeoutMs} ms:\n${output}`),
      );
    }, timeoutMs);
    const onData = (chunk) => {
      output += chunk;
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.stdout.resume();
        resolve({ stop, match });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
}

/** The fresh project the global setup installed. */
function consumer() {
  const work = process.env[WORK_DIR_ENV];
  if (!work) throw new Error(`${WORK_DIR_ENV} is not set: the consumer global setup did not run`);
  return {
    work,
    app: path.join(work, 'app'),
    manifest: require(path.join(work, 'tarballs', 'manifest.json')),
  };
}

module.exports = {
  REPOSITORY_ROOT,
  WORK_DIR_ENV,
  PACKAGES,
  NEST_MAJORS,
  userEnv,
  run,
  runAsync,
  runAllowingFailure,
  start,
  consumer,
};
