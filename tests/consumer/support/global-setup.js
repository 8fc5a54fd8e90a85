// Packs the four packages (already built: turbo builds dependencies before tests) and installs
// the tarballs into a fresh project outside the workspace, as a user following the README
// would: npm init, "type": "module", the documented dependencies, tsc --init plus the two
// decorator options. Dependencies come from the npm cache where possible (--prefer-offline),
// at the versions the monorepo's lock file pins.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const ts = require('typescript');
const { REPOSITORY_ROOT, WORK_DIR_ENV, PACKAGES, run } = require('./consumer-project');

/** The documented dependencies, at the versions installed in the monorepo. */
const DEPENDENCIES = ['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb', 'class-validator'];
const DEV_DEPENDENCIES = ['typescript', 'jest', 'ts-jest', '@types/jest', '@types/node', 'esbuild'];
// Peers of @monotable/nestjs, pinned so that npm does not pick newer ones off the registry.
const NEST_PEERS = ['@nestjs/common', '@nestjs/core', 'reflect-metadata', 'rxjs'];

function pinned(name) {
  const manifest = path.join(REPOSITORY_ROOT, 'node_modules', name, 'package.json');
  return `${name}@${JSON.parse(fs.readFileSync(manifest, 'utf8')).version}`;
}

function pack(tarballs) {
  return PACKAGES.map((name) => {
    const [packed] = JSON.parse(
      run('npm', ['pack', '--json', '--pack-destination', tarballs], {
        cwd: path.join(REPOSITORY_ROOT, 'packages', name),
      }),
    );
    return {
      name: packed.name,
      directory: name,
      tarball: path.join(tarballs, packed.filename),
      files: packed.files.map((file) => file.path),
    };
  });
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
  const packed = pack(tarballs);
  fs.writeFileSync(path.join(tarballs, 'manifest.json'), JSON.stringify(packed, null, 2));

  const app = path.join(work, 'app');
  fs.mkdirSync(app);
  run('npm', ['init', '-y'], { cwd: app });
  run('npm', ['pkg', 'set', 'type=module'], { cwd: app });
  const install = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
  run('npm', ['install', ...install, ...packed.map((p) => p.tarball), ...DEPENDENCIES.map(pinned), ...NEST_PEERS.map(pinned)], { cwd: app });
  run('npm', ['install', '--save-dev', ...install, ...DEV_DEPENDENCIES.map(pinned)], { cwd: app });
  writeTsconfig(app);
};
