/**
 * Cold start as a Lambda user pays it: each handler is compiled by tsc (decorator metadata),
 * bundled by esbuild (minified, node20, the AWS SDK external as in the Lambda runtime), then
 * loaded and called once in fresh Node processes. Prints bundle sizes and the median
 * require + first call time, monotable beside the raw DocumentClient measured in the same run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSync, type BuildOptions, type Metafile } from 'esbuild';
import ts from 'typescript';

const RUNS = Number(process.env.MONOTABLE_COLD_START_RUNS ?? 20);
const out = join(__dirname, '..', '.out', 'cold-start');
const handlers = ['raw-handler', 'monotable-handler'] as const;

interface Variant {
  /** The module format tsc compiles the handler to before esbuild bundles it. */
  module: ts.ModuleKind;
  esbuild: BuildOptions;
}

/**
 * What docs/lambda.md recommends (ES modules kept as modules, so esbuild can drop what is not
 * used), and the common setup of tsc to CommonJS with esbuild's defaults.
 */
const variants: Record<string, Variant> = {
  recommended: {
    module: ts.ModuleKind.ES2022,
    esbuild: { mainFields: ['module', 'main'], conditions: ['module'] },
  },
  'CommonJS + esbuild defaults': { module: ts.ModuleKind.CommonJS, esbuild: {} },
};

function compile(variant: string, module: ts.ModuleKind): string {
  const outDir = join(out, 'compiled', slug(variant));
  const program = ts.createProgram(
    handlers.map((name) => join(__dirname, `${name}.ts`)),
    {
      module,
      target: ts.ScriptTarget.ES2022,
      moduleResolution:
        module === ts.ModuleKind.CommonJS ? ts.ModuleResolutionKind.Node10 : ts.ModuleResolutionKind.Bundler,
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
      esModuleInterop: true,
      skipLibCheck: true,
      rootDir: join(__dirname, '..'),
      outDir,
    },
  );
  const { emitSkipped } = program.emit();
  if (emitSkipped) throw new Error('tsc could not emit the handlers');
  return join(outDir, 'cold-start');
}

const slug = (text: string) => text.replace(/\W+/g, '-');

interface Bundle {
  file: string;
  bytes: number;
  gzipBytes: number;
  largest: string[];
  /** @monotable/core's share of the bundle by source folder (features one by one). */
  coreAreas: string[];
}

function bundle(name: string, variant: string, compiled: string, options: BuildOptions): Bundle {
  const file = join(out, 'bundles', slug(variant), `${name}.js`);
  const result = buildSync({
    entryPoints: [join(compiled, `${name}.js`)],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    external: ['@aws-sdk/*', '@smithy/*'],
    outfile: file,
    metafile: true,
    logLevel: 'silent',
    // Resolve @monotable/core as a user's project does (its published build), not through
    // this package's tsconfig paths to its sources.
    tsconfigRaw: '{}',
    ...options,
  });
  const code = readFileSync(file);
  return {
    file,
    bytes: code.length,
    gzipBytes: gzipSync(code).length,
    largest: largestPackages(result.metafile!),
    coreAreas: coreAreas(result.metafile!),
  };
}

/** The packages that take the most bytes of a bundle, for the analysis. */
function largestPackages(metafile: Metafile): string[] {
  const byPackage = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      // The workspace's @monotable/core resolves through a symlink to its dist/ (real path).
      const name = match ? match[1] : /^dist\//.test(input) ? '@monotable/core' : 'handler';
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...byPackage.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, bytes]) => `${name} ${kb(bytes)}`);
}

/**
 * Where core's bytes come from, by source folder two levels deep (model/metadata,
 * requests/expressions, features/relations, ...), for the analysis of what the bundle carries
 * beyond the read the handler makes.
 */
function coreAreas(metafile: Metafile): string[] {
  const byArea = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /(?:^|\/)dist\/(?:esm\/)?([^/]+(?:\/[^/]+)?)/.exec(input);
      if (!match || input.includes('node_modules/')) continue;
      // Two levels (model/metadata, features/relations); a file directly in a folder counts for it.
      const area = match[1].replace(/\/[^/]+\.js$/, '').replace(/\.js$/, '');
      byArea.set(area, (byArea.get(area) ?? 0) + bytesInOutput);
    }
  }
  return [...byArea.entries()].sort((a, b) => b[1] - a[1]).map(([area, bytes]) => `${area} ${kb(bytes)}`);
}

/** Loads the bundle and calls the handler once in a fresh process; milliseconds. */
function coldStart(file: string): number {
  const script = `const t=performance.now();require(${JSON.stringify(file)}).handler().then((r)=>{if(r!=='ada@example.com')process.exit(2);process.stdout.write(String(performance.now()-t))})`;
  const run = spawnSync(process.execPath, ['-e', script], {
    encoding: 'utf8',
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  if (run.status !== 0) throw new Error(`${file} failed (${run.status}): ${run.stderr}`);
  return Number(run.stdout);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

function main(): void {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  console.log(`cold start: bundled handler (esbuild, minified, SDK external), ${RUNS} fresh processes each\n`);
  for (const [variant, { module, esbuild }] of Object.entries(variants)) {
    const compiled = compile(variant, module);
    const bundles = Object.fromEntries(
      handlers.map((name) => [name, bundle(name, variant, compiled, esbuild)]),
    );
    const samples: Record<string, number[]> = { 'raw-handler': [], 'monotable-handler': [] };
    for (let run = 0; run < RUNS; run++) {
      for (const name of handlers) samples[name].push(coldStart(bundles[name].file));
    }
    const raw = median(samples['raw-handler']);
    const mono = median(samples['monotable-handler']);
    console.log(`${variant}:`);
    for (const name of handlers) {
      const { bytes, gzipBytes, largest } = bundles[name];
      console.log(
        `  ${name.padEnd(18)} ${kb(bytes).padStart(7)} (${kb(gzipBytes)} gzip)   require + first call ${median(samples[name]).toFixed(1)} ms` +
          (name === 'monotable-handler' ? `   (+${(mono - raw).toFixed(1)} ms over raw)` : ''),
      );
      if (name === 'monotable-handler') {
        console.log(`    largest: ${largest.join(', ')}`);
        console.log(`    @monotable/core by source folder: ${bundles[name].coreAreas.join(', ')}`);
      }
    }
    console.log('');
  }
}

main();
