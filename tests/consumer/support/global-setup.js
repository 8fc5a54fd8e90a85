// Packs the four packages (already built: turbo builds dependencies before tests) and installs
// the tarballs into a fresh project outside the workspace, as a user following the README
// would: npm init, "type": "module", the documented dependencies, tsc --init plus the two
// decorator options. Dependencies come from the npm cache where possible (--prefer-offline),
// at the versions the monorepo's lock file pins.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const ts = require('typescript');
const { REPOSITORY_ROOT, WORK_DIR_ENV, PACKAGES, run, runAsync } = require('./consumer-project');

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

module.exports = async function globalSetup() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'monotable-consumer-'));
  process.env[WORK_DIR_ENV] = work;
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
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: app,
  });
  writeTsconfig(app);
};
