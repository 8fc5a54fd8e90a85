import type { Table } from '../table';

/** Storage type of an attribute; decides marshalling, key rendering and validation. */
export type AttributeType =
  | 'string'
  | 'number'
  | 'boolean'
  | 'date' // stored as an ISO-8601 string (or epoch seconds for @Ttl)
  | 'map'
  | 'list'
  | 'set'
  | 'binary'
  | 'any';

/** Who fills an attribute automatically. */
export type AttributeRole = 'version' | 'createdAt' | 'updatedAt' | 'ttl';

export type GeneratorKind = 'ulid' | 'uuid' | (() => unknown);

export interface AttributeMetadata {
  /** Property name on the class. */
  propertyName: string;
  /** Attribute name in DynamoDB (`@Attribute({ name })`), defaults to propertyName. */
  attributeName: string;
  type: AttributeType;
  generated?: GeneratorKind;
  role?: AttributeRole;
  unique?: boolean;
  /** Zero-pad numbers to this width when rendered into a key slot. */
  padding?: number;
  /** For 'map' attributes declared with a class (or `Map`) type: rebuilt on read. */
  designType?: Function;
}

/** One piece of a key template: literal text or a `{property}` slot. */
export type KeyTemplatePart =
  { kind: 'literal'; value: string } | { kind: 'slot'; property: string };

export interface KeyTemplate {
  /** The template as written, e.g. 'ORDER#{placedAt}#{id}'. */
  source: string;
  parts: KeyTemplatePart[];
  /** Property names of the slots, in order. */
  slots: string[];
}

export interface EntityKeyTemplates {
  pk: KeyTemplate;
  sk?: KeyTemplate;
}

/**
 * The key of an entity in a multi-attribute index: the properties whose own attributes form the
 * index's partition and sort key attributes, in KeySchema order (nothing is rendered).
 */
export interface AttributeIndexKeys {
  pk: string[];
  /** Empty when the index has no sort key. */
  sk: string[];
}

export type RelationKind = 'hasMany' | 'hasOne' | 'belongsTo' | 'manyToMany';

export interface RelationMetadata {
  kind: RelationKind;
  propertyName: string;
  /** Thunk so entity files can import each other in a cycle; resolved lazily. */
  target: () => Function;
  through?: () => Function;
  /** The decorator's options (without `through`), checked when a connection plans its relations. */
  options: Record<string, unknown>;
}

export interface EntityMetadata {
  target: Function;
  /** Stored in the table's discriminator attribute. */
  name: string;
  table: Table;
  /** Primary key templates (table's partition/sort key attributes). */
  keys: EntityKeyTemplates;
  /** Index name → key templates for that index's key attributes. */
  indexes: Record<string, EntityKeyTemplates>;
  /** Index name → the properties forming that index's multi-attribute key. */
  attributeIndexes: Record<string, AttributeIndexKeys>;
  /** propertyName → attribute. */
  attributes: Map<string, AttributeMetadata>;
  relations: RelationMetadata[];
  /** Schema version (schema evolution); 1 when not set. */
  schemaVersion: number;
  migrations: Record<number, (item: any) => any>;
}
