const path = require('node:path');

// The CLI's own global setup builds the bin, bundles the studio page and compiles the fixture
// modules, then starts the run's one DynamoDB Local as the preset's would (when enabled). The
// commands run against the in-process engine; the studio API suites run on both engines.
const preset = require('../../jest.preset.js')(__dirname, {
  globalSetup: path.join(__dirname, 'test/global-setup.js'),
  globalTeardown: path.join(__dirname, 'test/global-teardown.js'),
});

// The studio's browser test runs the sample shop's studio entry, which uses the Nest module.
module.exports = {
  ...preset,
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '^@monotable/nestjs$': path.join(__dirname, '../nestjs/src/index.ts'),
    '^@monotable/cli$': path.join(__dirname, 'src/index.ts'),
  },
};
