import { ConfigurationError } from '../errors';

/** How an index copies attributes: all of them, only keys, or keys plus the named ones. */
export type IndexProjection = 'ALL' | 'KEYS_ONLY' | string[];

export interface IndexDefinition {
  partitionKey: string;
  sortKey?: string;
  /** Defaults to 'ALL'. */
  projection?: IndexProjection;
  /** 'global' (default) or 'local' (shares the table's partition key). */
  type?: 'global' | 'local';
}

export interface TableOptions {
  /** Physical table name; can be overridden when connecting. */
  name: string;
  partitionKey: string;
  sortKey?: string;
  indexes?: Record<string, IndexDefinition>;
  /** Attribute holding the entity name of each item. Defaults to '_type'. */
  entityTypeAttribute?: string;
  /** Attribute holding the item's schema version (schema evolution). Defaults to '_v'. */
  schemaVersionAttribute?: string;
}

/**
 * The physical single table every entity lives in.
 *
 * @example
 * export const AppTable = new Table({ name: 'app', partitionKey: 'PK', sortKey: 'SK',
 *   indexes: { GSI1: { partitionKey: 'GSI1PK', sortKey: 'GSI1SK' } } });
 */
export class Table {
  readonly name: string;
  readonly partitionKey: string;
  readonly sortKey?: string;
  readonly indexes: Readonly<Record<string, IndexDefinition>>;
  readonly entityTypeAttribute: string;
  readonly schemaVersionAttribute: string;

  constructor(options: TableOptions) {
    this.name = options.name;
    this.partitionKey = options.partitionKey;
    this.sortKey = options.sortKey;
    this.indexes = Object.freeze({ ...(options.indexes ?? {}) });
    this.entityTypeAttribute = options.entityTypeAttribute ?? '_type';
    this.schemaVersionAttribute = options.schemaVersionAttribute ?? '_v';
  }

  /** Key attribute names of the table or of one index. */
  keyAttributes(index?: string): { partitionKey: string; sortKey?: string } {
    if (!index) return { partitionKey: this.partitionKey, sortKey: this.sortKey };
    const definition = this.indexes[index];
    if (!definition) throw new ConfigurationError(`Table ${this.name} has no index ${index}`);
    return { partitionKey: definition.partitionKey, sortKey: definition.sortKey };
  }
}
