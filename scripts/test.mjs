// `npm test`: every workspace's suite, one workspace after the other (turbo), against ONE
// DynamoDB Local for the whole run when the `local` backend is enabled (MONOTABLE_BACKEND unset,
// `local` or `both`). Each workspace's jest global setup finds it through
// MONOTABLE_DYNAMODB_LOCAL_ENDPOINT instead of starting its own.
//
// DynamoDB Local starts while the packages build (two builds at a time where the dependency
// graph allows); the suites then run one workspace at a time, each using both cores.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { loadTestingModule } = require('../packages/testing/jest/load-source.js');
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

  const concurrency = args.some((arg) => arg.startsWith('--concurrency')) ? [] : ['--concurrency=1'];
  return exec(turbo, ['run', 'test', ...concurrency, ...args]).exited;
}

const code = await main().catch((error) => {
  console.error(error);
  return 1;
});
for (const child of children) child.kill('SIGTERM');
await local?.stop();
process.exit(code);
