#!/usr/bin/env node
// The `monotable-local` command. npm links this file when the package is installed; the
// command itself is compiled into dist/ (`npm run build` inside the monotable repository).
'use strict';
const path = require('node:path');

const command = path.join(__dirname, '..', 'dist', 'cli', 'monotable-local.js');
try {
  require.resolve(command);
} catch {
  process.stderr.write(`monotable-local: ${command} is missing: build @monotable/testing first (npm run build)\n`);
  process.exit(1);
}
require(command);
