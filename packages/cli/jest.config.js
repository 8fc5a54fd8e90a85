const path = require('node:path');

// The CLI runs against the in-process engine only: its own global setup builds the bin and
// compiles the fixture modules (instead of the preset's DynamoDB Local launcher).
module.exports = require('../../jest.preset.js')(__dirname, {
  globalSetup: path.join(__dirname, 'test/global-setup.js'),
  globalTeardown: path.join(__dirname, 'test/global-teardown.js'),
});
