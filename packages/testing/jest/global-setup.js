// jest globalSetup: starts ONE DynamoDB Local for the whole run when MONOTABLE_BACKEND
// enables the `local` backend (see enabledBackends), and publishes its endpoint in
// MONOTABLE_DYNAMODB_LOCAL_ENDPOINT, which jest workers inherit and createTestBackend reads.
//
//   // jest.config.js of a workspace package
//   module.exports = { ..., globalSetup: require.resolve('../testing/jest/global-setup'),
//                      globalTeardown: require.resolve('../testing/jest/global-teardown') };
const { loadTestingModule } = require('./load-source');

const INSTANCE_KEY = '__MONOTABLE_DYNAMODB_LOCAL__';

module.exports = async function globalSetup() {
  const { enabledBackends, LOCAL_ENDPOINT_ENV } = loadTestingModule('helpers/backend-kind');
  if (!enabledBackends().includes('local')) return;
  // An endpoint given from outside (a DynamoDB Local the developer runs) is used as is.
  if (process.env[LOCAL_ENDPOINT_ENV]) return;
  const { startDynamoDBLocal } = loadTestingModule('local/start-dynamodb-local');
  const local = await startDynamoDBLocal();
  globalThis[INSTANCE_KEY] = local;
  process.env[LOCAL_ENDPOINT_ENV] = local.endpoint;
};

module.exports.INSTANCE_KEY = INSTANCE_KEY;
