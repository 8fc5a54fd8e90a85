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
  /**
   * Index name (as declared on the table) → the entity's key in that index: key templates
   * (`{ pk: 'STATUS#{status}', sk: 'ORDER#{placedAt}' }`) for an index keyed by rendered
   * attributes, or lists of the entity's properties (`{ pk: ['orgId', 'status'], sk:
   * ['priority', 'createdAt'] }`) for a multi-attribute index.
   */
  indexes?: Record<string, IndexKeyOptions>;
  /** Schema version of the items this class writes; 1 when not set. */
  version?: number;
  /** Version → function upgrading an item from the previous version. */
  migrations?: Record<number, (item: any) => any>;
}

/** An entity's key in one index: templates, or (multi-attribute index) lists of its properties. */
export type IndexKeyOptions =
  { pk: string; sk?: string } | { pk: readonly string[]; sk?: readonly string[] };

/** Options of `@Attribute(...)`. */
export interface AttributeOptions {
  /** Attribute name in DynamoDB; defaults to the property name. */
  name?: string;
  /** Storage type; wins over `design:type` (needed for unions, interfaces and `any`). */
  type?: AttributeType;
  /** Zero-pad numbers to this width in key slots so that they sort numerically. */
  padding?: number;
}

/**
 * Options of `@HasMany`, `@HasOne` and `@BelongsTo`; interpreted by the relations layer, checked
 * when the `Monotable` is constructed.
 */
export interface RelationOptions {
  /**
   * Index that holds the children (`@HasMany`/`@HasOne`), when they are not in the owner's
   * partition of the table: the target's key templates for that index must render the owner's
   * partition.
   */
  index?: string;
  /**
   * Target key slot → property of this entity, when monotable cannot read the pairing from the
   * key templates. `@HasMany(() => Order, { keys: { customerId: 'id' } })` reads orders whose
   * `customerId` is this customer's `id`; `@BelongsTo(() => Customer, { keys: { id: 'customerId' } })`
   * loads the customer whose `id` is this order's `customerId`.
   */
  keys?: Record<string, string>;
}

/** Options of `@ManyToMany(...)`: the edge entity linking both sides. */
export interface ManyToManyOptions extends RelationOptions {
  /** The edge entity: one item per link, in this entity's partition or in `index`. */
  through: () => Function;
  /** Target key slot → edge property, when the edge's templates do not show it. */
  targetKeys?: Record<string, string>;
}
