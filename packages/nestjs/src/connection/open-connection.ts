import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { ConfigurationError, type Monotable } from '@monotable/core';
import { Logger } from '@nestjs/common';
import { connectionLabel } from './connection-label';
import { createTableIfMissing } from './create-table-if-missing';

/** How a connection is checked when the application starts. */
export interface StartupOptions {
  /** Create the table when it is missing (development, tests). */
  createTableIfMissing: boolean;
  /** DescribeTable at startup, so a wrong table, endpoint or credentials stop the app there. */
  verifyTableOnStart: boolean;
  /** Further attempts after the first failure to reach DynamoDB. */
  retryAttempts: number;
  /** Milliseconds between attempts. */
  retryDelay: number;
}

export const MONOTABLE_MODULE_LOGGER = 'MonotableModule';

/**
 * Makes sure the connection's table is there before the application serves anything: creates
 * it when asked to, else describes it. Failures to reach DynamoDB are retried; the last one
 * stops the application with an error naming the connection, the table and the endpoint. A
 * missing table is not retried: retrying cannot create it.
 */
export async function openConnection(
  db: Monotable,
  connectionName: string,
  options: StartupOptions,
  logger = new Logger(MONOTABLE_MODULE_LOGGER),
): Promise<void> {
  if (!options.createTableIfMissing && !options.verifyTableOnStart) return;
  const label = await connectionLabel(db, connectionName);
  for (let attempt = 1; ; attempt += 1) {
    try {
      if (options.createTableIfMissing) {
        if (await createTableIfMissing(db)) logger.log(`Created the table of ${label}`);
      } else {
        await verifyTable(db, label);
      }
      logger.log(`Opened ${label}`);
      return;
    } catch (error) {
      if (error instanceof ConfigurationError || attempt > options.retryAttempts) {
        throw startupError(label, error, attempt);
      }
      logger.error(
        `Unable to reach ${label}: ${messageOf(error)}. Retrying (${attempt}/${options.retryAttempts}) in ${options.retryDelay} ms...`,
      );
      await new Promise((resolve) => setTimeout(resolve, options.retryDelay));
    }
  }
}

async function verifyTable(db: Monotable, label: string): Promise<void> {
  try {
    await db.documentClient.send(new DescribeTableCommand({ TableName: db.tableName }));
  } catch (error) {
    if ((error as Error)?.name !== 'ResourceNotFoundException') throw error;
    throw new ConfigurationError(
      `The table of ${label} does not exist: create it from db.tableDefinition() (or set ` +
        'createTableIfMissing in development), or fix tableName, the endpoint or the region',
    );
  }
}

function startupError(label: string, error: unknown, attempts: number): Error {
  if (error instanceof ConfigurationError) return error;
  const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
  return new ConfigurationError(`Could not open ${label}${tries}: ${messageOf(error)}`, { cause: error });
}

function messageOf(error: unknown): string {
  const { name, message, code } = (error ?? {}) as { name?: string; message?: string; code?: string };
  const text = message || code || name || String(error);
  return name && name !== 'Error' && !text.includes(name) ? `${name}: ${text}` : text;
}
