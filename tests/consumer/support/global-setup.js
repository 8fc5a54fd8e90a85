// Prepares the consumer tests' project (support/prepare-project.js) in a fresh directory.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { WORK_DIR_ENV } = require('./consumer-project');
const { prepareProject } = require('./prepare-project');

module.exports = async function globalSetup() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'monotable-consumer-'));
  process.env[WORK_DIR_ENV] = work;
  await prepareProject(work);
};
