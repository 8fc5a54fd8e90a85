// Loads a module of @monotable/testing for the jest global setup/teardown, which jest runs
// outside the test sandbox. Inside jest the TypeScript sources are transformed by the calling
// project's `transform` (ts-jest); elsewhere the compiled `dist` or ts-node serve them.
const fs = require('node:fs');
const path = require('node:path');

const packageRoot = path.join(__dirname, '..');

function loadTestingModule(relativePath) {
  if (require.extensions['.ts'] === undefined) {
    const compiled = path.join(packageRoot, 'dist', `${relativePath}.js`);
    if (fs.existsSync(compiled)) return require(compiled);
    require('ts-node').register({
      transpileOnly: true,
      project: path.join(packageRoot, 'tsconfig.json'),
    });
  }
  return require(path.join(packageRoot, 'src', relativePath));
}

module.exports = { loadTestingModule };
