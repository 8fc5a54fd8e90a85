const path = require('node:path');
const preset = require('../../jest.preset.js')(__dirname);

// The preset maps @monotable/core and @monotable/testing to their sources; the app also uses
// @monotable/nestjs (and its services' tests @monotable/nestjs/testing), so the tests run
// without building any package.
module.exports = {
  ...preset,
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '^@monotable/nestjs$': path.join(__dirname, '../../packages/nestjs/src/index.ts'),
    '^@monotable/nestjs/testing$': path.join(
      __dirname,
      '../../packages/nestjs/src/testing/index.ts',
    ),
  },
  // The quick-start test builds and boots the whole app.
  testTimeout: 60000,
};
