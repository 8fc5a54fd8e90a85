import type { MonotableOptions } from '@monotable/core';
import type { EntityClass } from './entity-class';

/** What one connection is built from: Monotable's own options plus the module's. */
export interface MonotableConnectionOptions extends Omit<MonotableOptions, 'entities'> {
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
