// The design of a single table as plain data (what monotable describe prints as JSON and the
// studio's page reads): no imports, so the page's program never reaches Node code.

/** How one index is keyed and what it copies. */
export interface IndexDesign {
  name: string;
  type: 'global' | 'local';
  /** The key attribute; a list for a multi-attribute key (the entities' own attributes). */
  partitionKey: string | string[];
  sortKey?: string | string[];
  /** A multi-attribute key: the DynamoDB type of each attribute, where the table or an entity tells it. */
  keyTypes?: Record<string, 'S' | 'N' | 'B'>;
  /** 'ALL', or the non-key attributes it includes (monotable's type and version attributes always). */
  projection: string | string[];
}

export interface RelationDesign {
  property: string;
  kind: string;
  target: string;
  /** The edge entity of a many-to-many relation. */
  through?: string;
}

export interface EntityDesign {
  name: string;
  className: string;
  version: number;
  pk: string;
  sk?: string;
  /**
   * Index name → key templates, for the indexes the entity writes; for a multi-attribute index,
   * the lists of properties filling its attributes.
   */
  indexes: Record<string, { pk?: string | string[]; sk?: string | string[] }>;
  relations: RelationDesign[];
}

/** The design of a single table: what `monotable describe` shows (and prints as JSON). */
export interface TableDesign {
  table: {
    name: string;
    partitionKey: string;
    sortKey?: string;
    entityTypeAttribute: string;
    /** The attribute holding each item's schema version. */
    schemaVersionAttribute: string;
    /** The stream's view type, when the table has a stream. */
    stream?: string;
    indexes: IndexDesign[];
  };
  entities: EntityDesign[];
}
