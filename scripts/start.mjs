// `npm start`: builds the sample app and the packages it uses (turbo caches the build, so later
// starts skip it), then runs the app. Configuration comes from the environment (see
// apps/sample/README.md): by default the in-process DynamoDB engine with demo data on port 3000.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const turbo = join(
  root,
  'node_modules',
  '.bin',
  process.platform === 'win32' ? 'turbo.cmd' : 'turbo',
);

console.log('Building the sample app (apps/sample) and its packages...');
const build = spawnSync(
  turbo,
  ['run', 'build', '--filter=sample...', '--output-logs=errors-only', '--log-prefix=none'],
  { cwd: root, stdio: 'inherit', env: { TURBO_TELEMETRY_DISABLED: '1', ...process.env } },
);
if (build.status !== 0) {
  console.error('The build failed; see the errors above.');
  process.exit(build.status ?? 1);
}

const app = spawn(process.execPath, [join(root, 'apps', 'sample', 'dist', 'main.js')], {
  cwd: root,
  stdio: 'inherit',
});
// Ctrl+C reaches the app through the terminal; a signal sent to this process only is passed on.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => app.kill(signal));
}
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
