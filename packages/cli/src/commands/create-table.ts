import { waitUntilTableExists } from '@aws-sdk/client-dynamodb';
import { Option, type Command } from 'commander';
import { describeWhere, withConnection } from '../connect';
import { CliError, errorNames } from '../errors';
import { loadModel, type Model } from '../load';
import { addConnectionOptions, type ConnectionOptions } from '../options/common-options';

const STREAM_VIEW_TYPES = ['NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES', 'KEYS_ONLY'] as const;

interface CreateTableOptions extends ConnectionOptions {
  dryRun?: boolean;
  stream?: (typeof STREAM_VIEW_TYPES)[number];
  ifNotExists?: boolean;
  wait: boolean;
}

/** Seconds to wait for a new table to become ACTIVE (DynamoDB creates tables asynchronously). */
const ACTIVE_TIMEOUT_SECONDS = 300;

function describeKeys(model: Model): string {
  const { table } = model;
  const keys = [table.partitionKey, table.sortKey].filter(Boolean).join(', ');
  const indexes = Object.keys(table.indexes);
  return indexes.length ? `keys ${keys}; indexes ${indexes.join(', ')}` : `keys ${keys}`;
}

async function createTable(options: CreateTableOptions): Promise<void> {
  const model = await loadModel(options);
  await withConnection(model, options, async ({ db, client, target }) => {
    if (options.dryRun) {
      process.stdout.write(
        `${JSON.stringify(db.tableDefinition({ stream: options.stream }), null, 2)}\n`,
      );
      return;
    }
    const where = describeWhere(target);
    try {
      await db.createTable({ stream: options.stream });
    } catch (error) {
      if (!errorNames(error).includes('ResourceInUseException')) throw error;
      if (!options.ifNotExists) {
        throw new CliError(
          `Table ${model.tableName} already exists ${where} (pass --if-not-exists to accept that)`,
        );
      }
      process.stdout.write(`Table ${model.tableName} already exists ${where}\n`);
      return;
    }
    if (options.wait) {
      await waitUntilTableExists(
        { client, maxWaitTime: ACTIVE_TIMEOUT_SECONDS, minDelay: 1, maxDelay: 5 },
        { TableName: model.tableName },
      );
    }
    process.stdout.write(`Created table ${model.tableName} ${where} (${describeKeys(model)})\n`);
  });
}

export function registerCreateTable(program: Command): void {
  addConnectionOptions(
    program
      .command('create-table')
      .description('create the table from the entity metadata (on-demand billing)'),
  )
    .option('--dry-run', 'print the CreateTable input as JSON and send nothing')
    .option('--if-not-exists', 'succeed (exit 0) when the table already exists')
    .addOption(
      new Option(
        '--stream <view-type>',
        "turn the table's DynamoDB stream on (default: the Table's `stream`)",
      ).choices(STREAM_VIEW_TYPES),
    )
    .option('--no-wait', 'return without waiting for the table to become ACTIVE')
    .action((options: CreateTableOptions) => createTable(options));
}
