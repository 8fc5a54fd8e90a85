// The studio's page, bundled into dist/studio-ui (shipped in the package: no CDN at run time).
// Runs after the shared build script, which empties dist/.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(packageDir, 'studio-ui');
const out = join(packageDir, 'dist', 'studio-ui');

mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(source, 'src', 'main.tsx')],
  outfile: join(out, 'studio.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  logLevel: 'warning',
});
for (const file of ['index.html', 'studio.css']) copyFileSync(join(source, file), join(out, file));
