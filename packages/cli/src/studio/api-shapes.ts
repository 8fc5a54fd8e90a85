// The shapes the studio's API answers with, shared by the server and the page (which imports
// them for their types only). Plain data: the page's program never reaches Node code.
import type { EntityDesign, IndexDesign, TableDesign } from '../design/design-shapes';

/** One attribute as the model view lists it. */
export interface AttributeView {
  property: string;
  /** The attribute's name in DynamoDB, when it differs from the property. */
  attribute?: string;
  type: string;
  /** Who fills it: version, createdAt, updatedAt or ttl. */
  role?: string;
  generated?: string;
  unique?: boolean;
  /** True when a key template of the table or an index renders it. */
  inKey: boolean;
}

/** A relation and the index its reads go to ('table' for the table itself). */
export interface RelationView {
  property: string;
  kind: string;
  target: string;
  through?: string;
  readsIndex: string;
}

export interface EntityView extends Omit<EntityDesign, 'relations'> {
  attributes: AttributeView[];
  relations: RelationView[];
  /** Properties under a @Unique constraint (one marker item each). */
  unique: string[];
  /** The @Ttl property, if any. */
  ttl?: string;
  /** The entity's colour in every view, as a CSS hue (0-359). */
  hue: number;
}

export type IndexView = IndexDesign;
export type TableView = TableDesign['table'];

/** Everything the studio's model view shows: the table design plus each entity's attributes. */
export interface ModelView {
  table: TableView;
  entities: EntityView[];
}

export type PatternKind = 'get' | 'query' | 'create' | 'update' | 'delete';

/** One way the application reads or writes the table, derived from the entity model. */
export interface AccessPattern {
  /** Stable id, e.g. `Order.query.table.desc`. */
  id: string;
  /** What a person asks for, e.g. "orders of a customer, newest first". */
  name: string;
  entity: string;
  kind: PatternKind;
  operation: string;
  /** The key condition (or the key) the request carries, on the physical attributes. */
  keyCondition: string;
  /** 'table' or the index name. */
  index: string;
  /** Requests one call sends. */
  requests: string;
  /** The properties to fill before it can run. */
  slots: string[];
  order?: 'asc' | 'desc';
}

/** What GET /api/model answers. */
export interface StudioModel {
  view: ModelView;
  patterns: AccessPattern[];
  /** Every key attribute of the table and its indexes, then the entity type. */
  keyColumns: string[];
}

/** One stored item as the grid shows it: its entity, its keys in the view, its attributes. */
export interface GridItem {
  entity: string;
  partition: string;
  sort?: string;
  item: Record<string, unknown>;
}

/** An item collection: the items sharing a partition key value, in sort key order. */
export interface GridPartition {
  key: string;
  items: GridItem[];
}
