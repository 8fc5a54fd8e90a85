// jest globalTeardown: stops the DynamoDB Local that global-setup.js started, if any.
const { INSTANCE_KEY } = require('./global-setup');
const { loadTestingModule } = require('./load-source');

module.exports = async function globalTeardown() {
  const local = globalThis[INSTANCE_KEY];
  if (local === undefined) return;
  globalThis[INSTANCE_KEY] = undefined;
  const { LOCAL_ENDPOINT_ENV } = loadTestingModule('helpers/backend-kind');
  delete process.env[LOCAL_ENDPOINT_ENV];
  await local.stop();
};
