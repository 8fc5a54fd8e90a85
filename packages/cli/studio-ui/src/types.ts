// The shapes the studio's API answers with (see src/studio on the server side).

export interface AttributeView {
  property: string;
  attribute?: string;
  type: string;
  role?: string;
  generated?: string;
  unique?: boolean;
  inKey: boolean;
}

export interface RelationView {
  property: string;
  kind: string;
  target: string;
  through?: string;
  readsIndex: string;
}

export interface EntityView {
  name: string;
  className: string;
  version: number;
  pk: string;
  sk?: string;
  indexes: Record<string, { pk?: string | string[]; sk?: string | string[] }>;
  attributes: AttributeView[];
  relations: RelationView[];
  unique: string[];
  ttl?: string;
  hue: number;
}

export interface IndexView {
  name: string;
  type: string;
  partitionKey: string | string[];
  sortKey?: string | string[];
  projection: string | string[];
}

export interface TableView {
  name: string;
  partitionKey: string;
  sortKey?: string;
  entityTypeAttribute: string;
  stream?: string;
  indexes: IndexView[];
}

export interface AccessPattern {
  id: string;
  name: string;
  entity: string;
  kind: 'get' | 'query' | 'create' | 'update' | 'delete';
  operation: string;
  keyCondition: string;
  index: string;
  requests: string;
  slots: string[];
  order?: 'asc' | 'desc';
}

export interface StudioModel {
  view: { table: TableView; entities: EntityView[] };
  patterns: AccessPattern[];
  keyColumns: string[];
}

export type Item = Record<string, unknown>;

export interface GridItem {
  entity: string;
  partition: string;
  sort?: string;
  item: Item;
}

export interface GridPartition {
  key: string;
  items: GridItem[];
}

export interface SentRequest {
  operation: string;
  consumedCapacity?: unknown;
}

export interface ApiError {
  code: string;
  message: string;
  violations?: Array<{ property: string; constraints: Record<string, string> }>;
}

/** An item opened in the editor: its entity and, for an existing item, its properties. */
export interface Editing {
  entity: string;
  item?: Item;
}
