import type { Table } from '../table';
import type { AttributeType } from './types';

/** Options of `@Entity(...)`. */
export interface EntityOptions {
  table: Table;
  /** Stored in the discriminator attribute; defaults to the class name. */
  name?: string;
  /** Partition key template, e.g. 'CUSTOMER#{id}'. */
  pk: string;
  /** Sort key template, e.g. 'ORDER#{placedAt}#{id}'; required when the table has a sort key. */
  sk?: string;
  /** Index name (as declared on the table) → key templates of that index. */
  indexes?: Record<string, { pk: string; sk?: string }>;
  /** Schema version of the items this class writes; 1 when not set. */
  version?: number;
  /** Version → function upgrading an item from the previous version. */
  migrations?: Record<number, (item: any) => any>;
}

/** Options of `@Attribute(...)`. */
export interface AttributeOptions {
  /** Attribute name in DynamoDB; defaults to the property name. */
  name?: string;
  /** Storage type; wins over `design:type` (needed for unions, interfaces and `any`). */
  type?: AttributeType;
  /** Zero-pad numbers to this width in key slots so that they sort numerically. */
  padding?: number;
}

/** Options of the relation decorators; interpreted by the relations layer. */
export type RelationOptions = Record<string, unknown>;

/** Options of `@ManyToMany(...)`: the edge entity linking both sides. */
export interface ManyToManyOptions extends RelationOptions {
  through: () => Function;
}
