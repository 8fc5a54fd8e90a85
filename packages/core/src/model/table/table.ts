import { ConfigurationError } from '../errors';
import {
  indexKeyAttributeList,
  isAttributeList,
  type IndexKeyAttribute,
} from './index-key-attributes';

/** How an index copies attributes: all of them, only keys, or keys plus the named ones. */
export type IndexProjection = 'ALL' | 'KEYS_ONLY' | string[];

export interface IndexDefinition {
  /**
   * The attribute holding the index's partition key, rendered from each entity's key template
   * (`'GSI1PK'`); or a list of up to 4 attributes forming a multi-attribute key, which entities
   * fill with their own attributes (`['orgId', 'status']`).
   */
  partitionKey: string | readonly IndexKeyAttribute[];
  /** Like `partitionKey`: one attribute, or a list of up to 4 when `partitionKey` is a list. */
  sortKey?: string | readonly IndexKeyAttribute[];
  /** Defaults to 'ALL'. */
  projection?: IndexProjection;
  /** 'global' (default) or 'local' (shares the table's partition key). */
  type?: 'global' | 'local';
}

/** The attribute names of a key, in KeySchema order: partition key attributes, then sort key ones. */
export interface KeySchemaNames {
  partitionKey: string[];
  sortKey: string[];
}

/** The images each record of a table's DynamoDB stream carries. */
export type StreamViewType = 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES' | 'KEYS_ONLY';

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
  /** The table's DynamoDB stream, with these images in each record (off when absent). */
  stream?: StreamViewType;
}

/**
 * The physical single table every entity lives in.
 *
 * @example
 * export const AppTable = new Table({ name: 'app', partitionKey: 'PK', sortKey: 'SK',
 *   indexes: {
 *     GSI1: { partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },                          // key templates
 *     byStatus: { partitionKey: ['orgId', 'status'], sortKey: ['priority', 'createdAt'] }, // multi-attribute
 *   } });
 */
export class Table {
  readonly name: string;
  readonly partitionKey: string;
  readonly sortKey?: string;
  readonly indexes: Readonly<Record<string, IndexDefinition>>;
  readonly entityTypeAttribute: string;
  readonly schemaVersionAttribute: string;
  readonly stream?: StreamViewType;

  constructor(options: TableOptions) {
    this.name = options.name;
    this.partitionKey = options.partitionKey;
    this.sortKey = options.sortKey;
    this.indexes = Object.freeze({ ...(options.indexes ?? {}) });
    this.entityTypeAttribute = options.entityTypeAttribute ?? '_type';
    this.schemaVersionAttribute = options.schemaVersionAttribute ?? '_v';
    this.stream = options.stream;
  }

  /**
   * Whether an index's key is a list of the entities' own attributes (a multi-attribute key):
   * its partition key or its sort key is written as a list.
   */
  isMultiAttributeIndex(index: string): boolean {
    const definition = this.indexes[index];
    if (!definition) return false;
    return isAttributeList(definition.partitionKey) || isAttributeList(definition.sortKey);
  }

  /**
   * Key attribute names of the table or of one index whose key is rendered from templates (one
   * partition key attribute, at most one sort key attribute).
   */
  keyAttributes(index?: string): { partitionKey: string; sortKey?: string } {
    if (!index) return { partitionKey: this.partitionKey, sortKey: this.sortKey };
    const definition = this.definitionOf(index);
    if (this.isMultiAttributeIndex(index)) {
      throw new ConfigurationError(
        `Index ${index} of table ${this.name} has a multi-attribute key; read its attributes with keySchema('${index}')`,
      );
    }
    return {
      partitionKey: definition.partitionKey as string,
      sortKey: definition.sortKey as string | undefined,
    };
  }

  /**
   * The key attribute names of the table or of one index, in KeySchema order, whatever the
   * kind of key.
   *
   * @example
   * AppTable.keySchema('byStatus') // { partitionKey: ['orgId', 'status'], sortKey: ['priority', 'createdAt'] }
   */
  keySchema(index?: string): KeySchemaNames {
    if (!index) {
      return { partitionKey: [this.partitionKey], sortKey: this.sortKey ? [this.sortKey] : [] };
    }
    const definition = this.definitionOf(index);
    return {
      partitionKey: indexKeyAttributeList(definition.partitionKey).map((key) => key.name),
      sortKey: indexKeyAttributeList(definition.sortKey).map((key) => key.name),
    };
  }

  /**
   * What an index copies, as monotable defines it (`db.createTable()`, `db.tableDefinition()`):
   * 'ALL', or the non-key attributes it includes. Reads through an index tell entities apart by
   * the entity type attribute and upgrade old items by the schema version attribute, so both are
   * always included; then the attributes the definition lists ('KEYS_ONLY' lists none).
   *
   * @example
   * AppTable.projectionOf('byShelf') // ['_type', '_v'] for projection: 'KEYS_ONLY'
   */
  projectionOf(index: string): 'ALL' | string[] {
    const projection = this.definitionOf(index).projection ?? 'ALL';
    if (projection === 'ALL') return 'ALL';
    const table = this.keySchema();
    const own = this.keySchema(index);
    const keys = new Set([
      ...table.partitionKey,
      ...table.sortKey,
      ...own.partitionKey,
      ...own.sortKey,
    ]);
    const listed = projection === 'KEYS_ONLY' ? [] : projection;
    return [...new Set([this.entityTypeAttribute, this.schemaVersionAttribute, ...listed])].filter(
      (name) => !keys.has(name),
    );
  }

  private definitionOf(index: string): IndexDefinition {
    const definition = this.indexes[index];
    if (!definition) throw new ConfigurationError(`Table ${this.name} has no index ${index}`);
    return definition;
  }
}
