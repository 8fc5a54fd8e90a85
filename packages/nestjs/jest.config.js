const path = require('node:path');
const preset = require('../../jest.preset.js')(__dirname);

// The docs examples import @monotable/nestjs by its package name: resolve it to the sources,
// like the preset does for @monotable/core and @monotable/testing, so no build is needed.
module.exports = {
  ...preset,
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '^@monotable/nestjs$': path.join(__dirname, 'src/index.ts'),
    '^@monotable/nestjs/testing$': path.join(__dirname, 'src/testing/index.ts'),
  },
};
