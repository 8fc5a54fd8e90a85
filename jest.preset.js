// Shared jest settings for every workspace: ts-jest without type-checking (tsc does that in
// `npm run typecheck`), workspace packages resolved to their sources so tests never need a build.
const path = require('node:path');

module.exports = function jestConfig(packageDir, overrides = {}) {
  return {
    rootDir: packageDir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.test.ts'],
    transform: {
      '^.+\\.ts$': [
        'ts-jest',
        { tsconfig: path.join(__dirname, 'tsconfig.jest.json'), diagnostics: false },
      ],
    },
    moduleNameMapper: {
      '^@monotable/core$': path.join(__dirname, 'packages/core/src/index.ts'),
      '^@monotable/testing$': path.join(__dirname, 'packages/testing/src/index.ts'),
    },
    testTimeout: 30000,
    // Two workers on this 2-core machine: much of a suite's time is spent waiting on engines
    // and child processes.
    maxWorkers: 2,
    // One DynamoDB Local for the whole run when the `local` backend is enabled.
    globalSetup: path.join(__dirname, 'packages/testing/jest/global-setup.js'),
    globalTeardown: path.join(__dirname, 'packages/testing/jest/global-teardown.js'),
    ...overrides,
  };
};
