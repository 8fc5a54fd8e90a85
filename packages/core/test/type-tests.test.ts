/**
 * The compile-only type tests in `type-tests/`: every `@ts-expect-error` line must fail to
 * compile (TypeScript reports an unused one) and every other line must compile.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

test('type-tests/ compile exactly as their expectations say', () => {
  const root = join(__dirname, '..');
  const run = spawnSync(
    process.execPath,
    [join(root, '../../node_modules/typescript/bin/tsc'), '-p', join(root, 'type-tests')],
    { cwd: root, encoding: 'utf8' },
  );
  expect(run.stdout + run.stderr).toBe('');
  expect(run.status).toBe(0);
}, 120_000);
