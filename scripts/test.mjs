// `npm test`: every workspace's suite, one workspace after the other (turbo), against ONE
// DynamoDB Local for the whole run when the `local` backend is enabled (MONOTABLE_BACKEND unset,
// `local` or `both`). Each workspace's jest global setup finds it through
// MONOTABLE_DYNAMODB_LOCAL_ENDPOINT instead of starting its own.
//
// The run is laid out so that the two cores are busy: DynamoDB Local starts while the packages
// build (two builds at a time where the dependency graph allows), and on a full run the consumer
// project (packed packages installed into fresh projects, which waits on npm more than on the
// CPU) is prepared in the background while the other suites run; the consumer suite's global
// setup then waits for it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { loadTestingModule } = require('../packages/testing/jest/load-source.js');
const { PREPARING_DIR_ENV } = require('../tests/consumer/support/consumer-project.js');
const turbo = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'turbo.cmd' : 'turbo');

const { enabledBackends, LOCAL_ENDPOINT_ENV } = loadTestingModule('helpers/backend-kind');
// The SDK's notice about future Node versions would repeat in every suite's output.
const env = { TURBO_TELEMETRY_DISABLED: '1', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...process.env };
const args = process.argv.slice(2);
// Turbo's own options (e.g. --filter) apply to the builds too; what follows `--` is for jest.
const turboArgs = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;

const children = new Set();
function exec(command, commandArgs, options = {}) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env, ...options });
  children.add(child);
  const exited = new Promise((resolve) =>
    child.on('exit', (status, signal) => {
      children.delete(child);
      resolve(status ?? (signal ? 1 : 0));
    }),
  );
  return { child, exited };
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
  });
}

let local;
let consumerDir;
async function main() {
  const startLocal =
    enabledBackends().includes('local') && !process.env[LOCAL_ENDPOINT_ENV]
      ? loadTestingModule('local/start-dynamodb-local').startDynamoDBLocal()
      : undefined;
  // The builds the tests depend on; the test run below finds them in turbo's cache.
  const built = await exec(turbo, ['run', 'build', '--concurrency=2', '--output-logs=errors-only', ...turboArgs]).exited;
  local = await startLocal;
  if (local) {
    env[LOCAL_ENDPOINT_ENV] = local.endpoint;
    console.log(`DynamoDB Local for this run: ${local.endpoint}`);
  }
  if (built !== 0) return built;

  // A full run (no filter) includes the consumer suite: prepare its project meanwhile.
  if (args.length === 0 && !process.env[PREPARING_DIR_ENV]) {
    consumerDir = mkdtempSync(join(tmpdir(), 'monotable-consumer-'));
    env[PREPARING_DIR_ENV] = consumerDir;
    exec(process.execPath, [join(root, 'tests/consumer/support/prepare-project.js'), consumerDir], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const concurrency = args.some((arg) => arg.startsWith('--concurrency')) ? [] : ['--concurrency=1'];
  return exec(turbo, ['run', 'test', ...concurrency, ...args]).exited;
}

const code = await main().catch((error) => {
  console.error(error);
  return 1;
});
for (const child of children) child.kill('SIGTERM');
await local?.stop();
// The consumer suite's teardown removes its project; this covers a run that stopped before it.
if (consumerDir && process.env.MONOTABLE_KEEP_CONSUMER !== '1') rmSync(consumerDir, { recursive: true, force: true });
process.exit(code);
