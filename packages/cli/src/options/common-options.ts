import type { Command } from 'commander';
import { collect, endpointUrl } from './parse-values';

/** Options of every command that reads the entity model. */
export interface ModelOptions {
  /** Compiled modules exporting entity classes, as given (resolved against the working directory). */
  entities?: string[];
  /** Physical table name, overriding the `Table` definition's `name`. */
  table?: string;
}

/** Options of every command that may talk to DynamoDB. */
export interface ConnectionOptions extends ModelOptions {
  endpoint?: string;
  region?: string;
}

export function addModelOptions(command: Command): Command {
  return command
    .option(
      '-e, --entities <module>',
      'compiled JS module exporting @Entity classes (repeatable)',
      collect,
    )
    .option('-t, --table <name>', "physical table name (default: the Table definition's name)");
}

export function addConnectionOptions(command: Command): Command {
  return addModelOptions(command)
    .option(
      '--endpoint <url>',
      'DynamoDB endpoint, e.g. http://localhost:8000 (default: AWS)',
      endpointUrl,
    )
    .option('--region <region>', 'AWS region (default: AWS_REGION or the AWS config)');
}
