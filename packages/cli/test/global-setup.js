// jest globalSetup: builds the CLI (the subprocess tests run the real dist/cli.js bin) and its
// studio page, and compiles the fixture entity modules with tsc into
// node_modules/.cache/monotable-cli-test: inside the package, so that they resolve
// @monotable/core and @monotable/cli from node_modules like a user's compiled modules, and out
// of reach of lint and git. Then, like every package, it starts the run's one DynamoDB Local when
// the `local` backend is enabled (the studio API suites run on both engines).
// Needs @monotable/core built (turbo's ^build does it before tests).
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const startSharedDynamoDBLocal = require('../../testing/jest/global-setup');

const packageDir = path.join(__dirname, '..');
const tsc = require.resolve('typescript/bin/tsc');

module.exports = async function globalSetup() {
  for (const project of ['tsconfig.build.json', 'test/fixtures/tsconfig.json']) {
    execFileSync(process.execPath, [tsc, '-p', project], { cwd: packageDir, stdio: 'inherit' });
  }
  // The studio serves its page from dist/studio-ui.
  execFileSync(process.execPath, ['scripts/build-studio-ui.mjs'], {
    cwd: packageDir,
    stdio: 'inherit',
  });
  await startSharedDynamoDBLocal();
};
