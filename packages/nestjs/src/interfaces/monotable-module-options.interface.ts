import type { MonotableOptions } from '@monotable/core';
import type { EntityClass } from './entity-class';

/** What one connection is built from: Monotable's own options plus the module's. */
export interface MonotableConnectionOptions extends Omit<MonotableOptions, 'entities' | 'logger'> {
  /**
   * Receives every request monotable sends. `'nest'`: each request goes to Nest's Logger
   * (context `Monotable`) at debug level, failures at warn level (see `nestRequestLogger`).
   */
  logger?: MonotableOptions['logger'] | 'nest';
  /** Entities of this connection; may be left out when `autoLoadEntities` collects them. */
  entities?: EntityClass[];
  /** Adds every entity that `MonotableModule.forFeature()` registered for this connection. */
  autoLoadEntities?: boolean;
  /**
   * On start, creates the table (on-demand billing) when DescribeTable reports it missing,
   * and waits until it is ACTIVE. Meant for development and tests; provision production
   * tables from `db.tableDefinition()` instead.
   */
  createTableIfMissing?: boolean;
  /**
   * DescribeTable when the application starts (true by default), so that a wrong table name,
   * endpoint, region or credentials stop the application there, with an error naming the
   * connection, the table and the endpoint, rather than at the first request.
   */
  verifyTableOnStart?: boolean;
  /** How many more times to try reaching DynamoDB at startup after a failure (default 3). */
  retryAttempts?: number;
  /** Milliseconds between startup attempts (default 1000). */
  retryDelay?: number;
}

/**
 * Options of `MonotableModule.forRoot()`.
 *
 * @example
 * MonotableModule.forRoot({ client: new DynamoDBClient({}), table: ShopTable, entities: [Customer] })
 */
export interface MonotableModuleOptions extends MonotableConnectionOptions {
  /** Names the connection when an application has several; `'default'` when omitted. */
  name?: string;
}
