// Removes the fresh project, unless MONOTABLE_KEEP_CONSUMER=1 keeps it for a look.
const fs = require('node:fs');
const { WORK_DIR_ENV } = require('./consumer-project');

module.exports = async function globalTeardown() {
  const work = process.env[WORK_DIR_ENV];
  if (!work || process.env.MONOTABLE_KEEP_CONSUMER === '1') return;
  fs.rmSync(work, { recursive: true, force: true });
};
