// `npm run build` of a package: a clean dist/ with the CommonJS build (what Node loads, with
// declarations), and with --esm an ES module build in dist/esm/ for bundlers, which reach it
// through the `module` export condition and tree-shake it. Node never loads dist/esm: one copy
// of the package's state per process.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const esm = process.argv.includes('--esm');

function compile(...args) {
  const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', ...args], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

rmSync('dist', { recursive: true, force: true });
compile();
if (esm) {
  const outDir = join('dist', 'esm');
  compile('--module', 'es2022', '--moduleResolution', 'bundler', '--outDir', outDir, '--declaration', 'false');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify({ type: 'module', sideEffects: false }, null, 2)}\n`);
}
