// Prepares what the consumer tests use, in a fresh directory outside the workspace:
// - app/: the four packages packed (already built) and installed as a user following the README
//   would: npm init, "type": "module", the documented dependencies, tsc --init plus the two
//   decorator options. Dependencies come from the npm cache where possible (--prefer-offline),
//   at the versions the monorepo's lock file pins.
// - nest11/, nest12/: fresh Nest applications of each major installing the tarballs without
//   flags (Nest 11 from the npm cache the workspace filled, Nest 12 from the registry).
// The jest global setup runs it.
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
async function installApp(app, packed) {
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
 * Fills `work` (an empty directory): packs the packages, then installs the main project and the
 * Nest applications side by side (they wait on the cache and the registry more than on the CPU).
 */
async function prepareProject(work) {
  const tarballs = path.join(work, 'tarballs');
  fs.mkdirSync(tarballs);
  const app = path.join(work, 'app');
  fs.mkdirSync(app);
  const [packed] = await Promise.all([
    pack(tarballs),
    runAsync('npm', ['init', '-y'], { cwd: app }).then(() =>
      runAsync('npm', ['pkg', 'set', 'type=module'], { cwd: app }),
    ),
  ]);
  fs.writeFileSync(path.join(tarballs, 'manifest.json'), JSON.stringify(packed, null, 2));
  await Promise.all([
    installApp(app, packed),
    ...NEST_MAJORS.map((major) => installNestApp(work, major, packed)),
  ]);
}

module.exports = { prepareProject };
