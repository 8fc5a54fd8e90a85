// The consumer tests' project: prepared here, or, under `npm test`, by the background run that
// scripts/test.mjs started as soon as the packages were built (then this waits for it).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { WORK_DIR_ENV, PREPARING_DIR_ENV } = require('./consumer-project');
const { prepareProject, awaitPreparation } = require('./prepare-project');

module.exports = async function globalSetup() {
  const preparing = process.env[PREPARING_DIR_ENV];
  if (preparing) {
    await awaitPreparation(preparing);
    process.env[WORK_DIR_ENV] = preparing;
    return;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'monotable-consumer-'));
  process.env[WORK_DIR_ENV] = work;
  await prepareProject(work);
};
