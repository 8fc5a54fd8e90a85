import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { registerCreateTable } from './commands/create-table';
import { registerDescribe } from './commands/describe';
import { registerMigrate } from './commands/migrate';
import { registerStudio } from './commands/studio';

const EXAMPLES = `
Examples:
  $ monotable describe --entities dist/entities.js --format markdown
  $ monotable create-table --entities dist/entities.js --endpoint http://localhost:8000
  $ monotable migrate dist/migrations/customer-v2.js --region eu-west-1 --table shop-prod
  $ monotable studio dist/entities.js --endpoint http://localhost:8000`;

function packageVersion(): string {
  // Read at run time: package.json sits beside both src/ and dist/.
  return JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version;
}

/** The `monotable` command line. Parse errors throw a CommanderError (see `exitOverride`). */
export function buildProgram(): Command {
  const program = new Command('monotable')
    .description('Create, describe, migrate and explore a DynamoDB single table from its entity classes.')
    .version(packageVersion())
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .addHelpText('after', EXAMPLES);
  // Subcommands created with .command() inherit exitOverride and the help settings.
  registerCreateTable(program);
  registerDescribe(program);
  registerMigrate(program);
  registerStudio(program);
  return program;
}
