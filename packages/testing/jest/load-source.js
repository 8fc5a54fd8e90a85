// Loads a module of @monotable/testing for the jest global setup/teardown, which jest runs
// outside the test sandbox: the compiled `dist/` that the published package ships. Only inside
// the monotable repository, before anything is built, are the TypeScript sources used instead.
const fs = require('node:fs');
const path = require('node:path');

const packageRoot = path.join(__dirname, '..');

function loadTestingModule(relativePath) {
  const compiled = path.join(packageRoot, 'dist', `${relativePath}.js`);
  if (fs.existsSync(compiled)) return require(compiled);
  const source = path.join(packageRoot, 'src', `${relativePath}.ts`);
  if (!fs.existsSync(source)) {
    throw new Error(`@monotable/testing is incomplete: ${compiled} is missing; reinstall the package`);
  }
  if (require.extensions['.ts'] === undefined) {
    require('ts-node').register({ transpileOnly: true, project: path.join(packageRoot, 'tsconfig.json') });
  }
  return require(source);
}

module.exports = { loadTestingModule };
