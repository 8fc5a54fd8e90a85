const path = require('node:path');

// No source mapping and no DynamoDB Local here: these tests use what a user installs. The
// global setup packs the four packages and installs the tarballs into one fresh project.
const preset = require('../../jest.preset.js')(__dirname, {
  globalSetup: path.join(__dirname, 'support/global-setup.js'),
  globalTeardown: path.join(__dirname, 'support/global-teardown.js'),
  testTimeout: 180000,
  // The tests share one installed project (and its tsc output): one at a time.
  maxWorkers: 1,
});
delete preset.moduleNameMapper;
module.exports = preset;
