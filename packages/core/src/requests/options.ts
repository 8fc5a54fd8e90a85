import type { Condition } from './expressions';
import type { DataKeys, SortKeyWhere } from '../model/entity/entity-types';
import type { CollectionKey, RelationKey } from '../model/relations/relation-types';

export type {
  AttributeKeyOperators,
  CreateData,
  DataKeys,
  EntityData,
  IndexName,
  KeyInput,
  PartitionInput,
  SortKeyOperators,
  SortKeyWhere,
} from '../model/entity/entity-types';

export interface GetOptions<T, I extends RelationKey<T> = never> {
  /** Strongly consistent read (not available on global secondary indexes). */
  consistent?: boolean;
  /** Only these properties are read (ProjectionExpression); not with `include`. */
  select?: readonly DataKeys<T>[];
  /**
   * Relations to load with the item. Relations in the item's own partition come with it in ONE
   * Query; each relation stored elsewhere costs one more request (never one per child).
   */
  include?: readonly I[];
}

export interface CollectionOptions<T, I extends CollectionKey<T>> {
  /** Relations whose items share the partition (`@HasMany`/`@HasOne` in the same item collection). */
  include: readonly I[];
  limit?: number;
  cursor?: string;
  order?: 'asc' | 'desc';
  consistent?: boolean;
  /** Upper bound on requests for one page (default 10). */
  maxPages?: number;
}

export interface QueryOptions<T, I = undefined> {
  /**
   * Sort-key condition written on entity attributes, e.g. `{ placedAt: { beginsWith: '2026-11' } }`;
   * only the sort key's slots (of the table, or of `index`) when the class declares `[Keys]`.
   */
  where?: SortKeyWhere<T, I>;
  /** Query an index instead of the table; `partition` then names the index's partition-key slots. */
  index?: I;
  /** Filter applied by DynamoDB after reading (does not reduce read cost). */
  filter?: Condition<T>;
  /** Exact number of items to return at most. */
  limit?: number;
  /** Cursor from a previous page. */
  cursor?: string;
  order?: 'asc' | 'desc';
  select?: readonly DataKeys<T>[];
  consistent?: boolean;
  /** Upper bound on requests for one page when a selective filter discards items (default 10). */
  maxPages?: number;
}

/**
 * What a read with `select` returns: the selected properties only (the item is still an
 * instance of its class at run time, holding just those properties and its key values).
 */
export type Selected<T, S extends DataKeys<T>> = Pick<T, S>;

export interface Page<T> {
  items: T[];
  /** Present when more items may follow; pass it back as `cursor`. */
  cursor?: string;
}

export interface UpdateOptions<T> {
  condition?: Condition<T>;
  /** Optimistic locking: the update only applies when the stored @Version equals this. */
  expectedVersion?: number;
  /**
   * `false` resolves with nothing instead of the stored item: what a write inside a transaction
   * asks for (a transaction returns no items); outside one it saves the returned bytes.
   */
  returnItem?: true;
}

export interface DeleteOptions<T> {
  condition?: Condition<T>;
  expectedVersion?: number;
  /**
   * `false` resolves with nothing instead of the stored item: what a write inside a transaction
   * asks for (a transaction returns no items); outside one it saves the returned bytes.
   */
  returnItem?: true;
  /**
   * Also delete the edges of these `@ManyToMany` relations (`true`: of all of them), after the
   * item: one Query per page of edges and one BatchWriteItem per 25, not atomic with the delete.
   */
  deleteEdges?: true | readonly RelationKey<T>[];
}

/** Options of an update or delete that resolves with nothing (`returnItem: false`). */
export type WithoutItem<O> = Omit<O, 'returnItem'> & { returnItem: false };

export interface ScanOptions<T> {
  /** A full-table scan reads every item of the table; it must be asked for explicitly. */
  allowScan: true;
  filter?: Condition<T>;
  /** Parallel scan: number of segments (default 1; DynamoDB allows up to 1,000,000). */
  segments?: number;
  /** Scan requests in flight at once across the segments (default 8). */
  concurrency?: number;
  limit?: number;
  /** Most Scan requests per segment for one page (default 10). */ maxPages?: number;
  cursor?: string;
  select?: readonly DataKeys<T>[];
}
