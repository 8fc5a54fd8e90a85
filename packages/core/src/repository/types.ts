import type { Condition } from '../expressions';
import type { RelationKey } from '../relations/relation-types';

/** Property names of T that hold data (methods excluded). */
export type DataKeys<T> = {
  [K in keyof T]-?: T[K] extends (...args: any[]) => any ? never : K;
}[keyof T] &
  string;

/** The data of an entity: every data property, all optional (validation decides what is required). */
export type EntityData<T> = { [K in DataKeys<T>]?: T[K] };

/** Values that identify an item: the properties used by the key templates. */
export type KeyInput<T> = EntityData<T>;

/** A sort-key condition written on the entity's own attributes: a value (equality) or one range operator. */
export type SortKeyOperators<V> = {
  eq?: V;
  lt?: V;
  lte?: V;
  gt?: V;
  gte?: V;
  between?: [V, V];
  beginsWith?: string;
};
export type SortKeyWhere<T> = { [K in DataKeys<T>]?: T[K] | SortKeyOperators<T[K]> };

export interface GetOptions<T, I extends RelationKey<T> = never> {
  /** Strongly consistent read (not available on global secondary indexes). */
  consistent?: boolean;
  /** Only these properties are read (ProjectionExpression); not with `include`. */
  select?: DataKeys<T>[];
  /**
   * Relations to load with the item. Relations in the item's own partition come with it in ONE
   * Query; each relation stored elsewhere costs one more request (never one per child).
   */
  include?: readonly I[];
}

export interface CollectionOptions<T, I extends RelationKey<T>> {
  /** Relations whose items share the partition (`@HasMany`/`@HasOne` in the same item collection). */
  include: readonly I[];
  limit?: number;
  cursor?: string;
  order?: 'asc' | 'desc';
  consistent?: boolean;
  /** Upper bound on requests for one page (default 10). */
  maxPages?: number;
}

export interface QueryOptions<T> {
  /** Sort-key condition written on entity attributes, e.g. `{ placedAt: { beginsWith: '2026-11' } }`. */
  where?: SortKeyWhere<T>;
  /** Query an index instead of the table; `partition` then names the index's partition-key slots. */
  index?: string;
  /** Filter applied by DynamoDB after reading (does not reduce read cost). */
  filter?: Condition<T>;
  /** Exact number of items to return at most. */
  limit?: number;
  /** Cursor from a previous page. */
  cursor?: string;
  order?: 'asc' | 'desc';
  select?: DataKeys<T>[];
  consistent?: boolean;
  /** Upper bound on requests for one page when a selective filter discards items (default 10). */
  maxPages?: number;
}

export interface Page<T> {
  items: T[];
  /** Present when more items may follow; pass it back as `cursor`. */
  cursor?: string;
}

export interface UpdateOptions<T> {
  condition?: Condition<T>;
  /** Optimistic locking: the update only applies when the stored @Version equals this. */
  expectedVersion?: number;
}

export interface DeleteOptions<T> {
  condition?: Condition<T>;
  expectedVersion?: number;
  /**
   * Also delete the edges of these `@ManyToMany` relations (`true`: of all of them), after the
   * item: one Query per page of edges and one BatchWriteItem per 25, not atomic with the delete.
   */
  deleteEdges?: true | readonly RelationKey<T>[];
}

export interface ScanOptions<T> {
  /** A full-table scan reads every item of the table; it must be asked for explicitly. */
  allowScan: true;
  filter?: Condition<T>;
  /** Parallel scan: number of segments read concurrently (default 1). */
  segments?: number;
  limit?: number;
  cursor?: string;
  select?: DataKeys<T>[];
}
