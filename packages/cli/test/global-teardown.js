const { rmSync } = require('node:fs');
const path = require('node:path');

module.exports = function globalTeardown() {
  rmSync(path.join(__dirname, '..', 'node_modules', '.cache', 'monotable-cli-test'), {
    recursive: true,
    force: true,
  });
};
