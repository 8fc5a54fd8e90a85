// Prepares what the consumer tests use, in a fresh directory outside the workspace:
// - app/: the four packages packed (already built) and installed as a user following the README
//   would: npm init, "type": "module", the documented dependencies, tsc --init plus the two
//   decorator options. Dependencies come from the npm cache where possible (--prefer-offline),
//   at the versions the monorepo's lock file pins.
// - nest11/, nest12/: fresh Nest applications of each major installing the tarballs without
//   flags (Nest 11 from the npm cache the workspace filled, Nest 12 from the registry).
// The jest global setup runs it; `npm test` starts it in the background as soon as the packages
// are built (`node prepare-project.js <dir>`), so the installs overlap the other suites, and the
// global setup then waits for it.
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');
const { REPOSITORY_ROOT, PACKAGES, NEST_MAJORS, run, runAsync } = require('./consumer-project');

/** The documented dependencies, at the versions installed in the monorepo. */
const DEPENDENCIES = ['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb', 'class-validator'];
const DEV_DEPENDENCIES = ['typescript', 'jest', 'ts-jest', '@types/jest', '@types/node', 'esbuild'];
// Peers of @monotable/nestjs, pinned so that npm does not pick newer ones off the registry.
const NEST_PEERS = ['@nestjs/common', '@nestjs/core', 'reflect-metadata', 'rxjs'];

function pinned(name) {
  const manifest = path.join(REPOSITORY_ROOT, 'node_modules', name, 'package.json');
  return `${name}@${JSON.parse(fs.readFileSync(manifest, 'utf8')).version}`;
}

/** npm pack of every package, side by side (each is mostly npm starting up). */
function pack(tarballs) {
  return Promise.all(
    PACKAGES.map(async (name) => {
      const [packed] = JSON.parse(
        await runAsync('npm', ['pack', '--json', '--pack-destination', tarballs], {
          cwd: path.join(REPOSITORY_ROOT, 'packages', name),
        }),
      );
      return {
        name: packed.name,
        directory: name,
        tarball: path.join(tarballs, packed.filename),
        files: packed.files.map((file) => file.path),
      };
    }),
  );
}

/** tsc --init's tsconfig.json, plus what the getting-started page and the testing page add. */
function writeTsconfig(app) {
  run('npx', ['tsc', '--init'], { cwd: app });
  const file = path.join(app, 'tsconfig.json');
  const { config, error } = ts.parseConfigFileTextToJson(file, fs.readFileSync(file, 'utf8'));
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  config.compilerOptions.experimentalDecorators = true; // docs/getting-started.md
  config.compilerOptions.emitDecoratorMetadata = true;
  config.compilerOptions.types = ['jest', 'node']; // docs/testing.md (jest, node:test)
  fs.writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
}

/** The project of the README and the docs: the tarballs and the documented dependencies. */
async function installApp(work, tarballs) {
  const app = path.join(work, 'app');
  fs.mkdirSync(app);
  const [packed] = await Promise.all([
    pack(tarballs),
    runAsync('npm', ['init', '-y'], { cwd: app }).then(() =>
      runAsync('npm', ['pkg', 'set', 'type=module'], { cwd: app }),
    ),
  ]);
  fs.writeFileSync(path.join(tarballs, 'manifest.json'), JSON.stringify(packed, null, 2));

  // What `npm install <dependencies>` and `npm install --save-dev <tools>` would write, installed
  // in one npm run.
  const manifestPath = path.join(app, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const spec = (pin) => pin.slice(pin.lastIndexOf('@') + 1);
  const name = (pin) => pin.slice(0, pin.lastIndexOf('@'));
  manifest.dependencies = Object.fromEntries([
    ...packed.map((p) => [p.name, `file:${p.tarball}`]),
    ...[...DEPENDENCIES, ...NEST_PEERS].map(pinned).map((pin) => [name(pin), spec(pin)]),
  ]);
  manifest.devDependencies = Object.fromEntries(
    DEV_DEPENDENCIES.map(pinned).map((pin) => [name(pin), spec(pin)]),
  );
  fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  await runAsync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: app,
  });
  writeTsconfig(app);
  return packed;
}

/** A fresh project of one Nest major with the tarballs, installed without flags. */
async function installNestApp(work, major, packed) {
  const app = path.join(work, `nest${major}`);
  fs.mkdirSync(app);
  await runAsync('npm', ['init', '-y'], { cwd: app });
  await runAsync('npm', ['pkg', 'set', 'type=module'], { cwd: app });
  const tarballs = packed
    .filter((p) => ['@monotable/core', '@monotable/nestjs', '@monotable/testing'].includes(p.name))
    .map((p) => p.tarball);
  await runAsync(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      ...tarballs,
      `@nestjs/common@${major}`,
      `@nestjs/core@${major}`,
      `@nestjs/platform-express@${major}`,
      `@nestjs/testing@${major}`,
      'reflect-metadata',
      'rxjs',
      'class-validator',
      '@aws-sdk/client-dynamodb',
      '@aws-sdk/lib-dynamodb',
      'typescript@5.9',
    ],
    { cwd: app },
  );
}

/**
 * Fills `work` (an empty directory) and writes `ready.json` there when done, or `failed.txt`
 * with the reason. The Nest applications install once the packages are packed, beside the main
 * project's install: they wait on the cache and the registry more than on the CPU.
 */
async function prepareProject(work) {
  try {
    const tarballs = path.join(work, 'tarballs');
    fs.mkdirSync(tarballs);
    let packedOnce;
    const packed = new Promise((resolve) => (packedOnce = resolve));
    await Promise.all([
      installApp(work, tarballs).then((list) => packedOnce(list), (error) => {
        packedOnce(undefined);
        throw error;
      }),
      ...NEST_MAJORS.map(async (major) => {
        const list = await packed;
        if (list) await installNestApp(work, major, list);
      }),
    ]);
    fs.writeFileSync(path.join(work, READY), '{}');
  } catch (error) {
    fs.writeFileSync(path.join(work, FAILED), String(error?.stack ?? error));
    throw error;
  }
}

const READY = 'ready.json';
const FAILED = 'failed.txt';

/** Waits until a preparation running in another process has finished; throws its failure. */
async function awaitPreparation(work, timeoutMs = 15 * 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (fs.existsSync(path.join(work, READY))) return;
    if (fs.existsSync(path.join(work, FAILED))) {
      throw new Error(
        `Preparing the consumer project failed:\n${fs.readFileSync(path.join(work, FAILED), 'utf8')}`,
      );
    }
    if (Date.now() > deadline) throw new Error(`The consumer project in ${work} was not ready in time`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

module.exports = { prepareProject, awaitPreparation };

if (require.main === module) {
  const work = process.argv[2];
  if (!work) throw new Error('usage: node prepare-project.js <empty directory>');
  fs.mkdirSync(work, { recursive: true });
  prepareProject(work).catch(() => {
    process.exitCode = 1;
  });
}
