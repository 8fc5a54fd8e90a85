#!/usr/bin/env node
// The `monotable` command. npm links this file when the package is installed; the
// command itself is compiled into dist/ (`npm run build` inside the monotable repository).
'use strict';
const path = require('node:path');

const command = path.join(__dirname, '..', 'dist', 'cli.js');
try {
  require.resolve(command);
} catch {
  process.stderr.write(`monotable: ${command} is missing: build @monotable/cli first (npm run build)\n`);
  process.exit(1);
}
require(command);
