// Adds the DynamoDB Local global setup/teardown to a jest config:
//
//   module.exports = require('../testing/jest/with-dynamodb-local')(
//     require('../../jest.preset.js')(__dirname),
//   );
const path = require('node:path');

module.exports = function withDynamoDBLocal(config) {
  return {
    ...config,
    globalSetup: path.join(__dirname, 'global-setup.js'),
    globalTeardown: path.join(__dirname, 'global-teardown.js'),
  };
};
