// `npm test`: every workspace's suite, one workspace after the other (turbo), against ONE
// DynamoDB Local for the whole run when the `local` backend is enabled (MONOTABLE_BACKEND unset,
// `local` or `both`). Each workspace's jest global setup finds it through
// MONOTABLE_DYNAMODB_LOCAL_ENDPOINT instead of starting its own.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { loadTestingModule } = require('../packages/testing/jest/load-source.js');
const turbo = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'turbo.cmd' : 'turbo');

const { enabledBackends, LOCAL_ENDPOINT_ENV } = loadTestingModule('helpers/backend-kind');
let local;
if (enabledBackends().includes('local') && !process.env[LOCAL_ENDPOINT_ENV]) {
  const { startDynamoDBLocal } = loadTestingModule('local/start-dynamodb-local');
  local = await startDynamoDBLocal();
  console.log(`DynamoDB Local for this run: ${local.endpoint}`);
}

// The SDK's notice about future Node versions would repeat in every suite's output.
const env = { TURBO_TELEMETRY_DISABLED: '1', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...process.env };
if (local) env[LOCAL_ENDPOINT_ENV] = local.endpoint;
const args = process.argv.slice(2);
const concurrency = args.some((arg) => arg.startsWith('--concurrency')) ? [] : ['--concurrency=1'];
const tests = spawn(turbo, ['run', 'test', ...concurrency, ...args], {
  cwd: root,
  stdio: 'inherit',
  env,
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => tests.kill(signal));
}
const code = await new Promise((resolve) => tests.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0))));
await local?.stop();
process.exit(code);
