const { rmSync } = require('node:fs');
const path = require('node:path');
const stopSharedDynamoDBLocal = require('../../testing/jest/global-teardown');

module.exports = async function globalTeardown() {
  rmSync(path.join(__dirname, '..', 'node_modules', '.cache', 'monotable-cli-test'), {
    recursive: true,
    force: true,
  });
  await stopSharedDynamoDBLocal();
};
