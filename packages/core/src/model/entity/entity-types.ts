import type {
  DeclaredIndexes,
  DeclaredOptional,
  HasDeclaredKeys,
  IsAttributeIndex,
  PartitionSlots,
  SortSlots,
} from './declared-keys';

/**
 * Values an entity holds whole: never a related entity, and never walked into by a nested path
 * (they are compared or set as one value).
 */
export type LeafValue =
  | string
  | number
  | boolean
  | bigint
  | symbol
  | Date
  | Uint8Array
  | ReadonlySet<unknown>
  | ReadonlyMap<unknown, unknown>
  | ((...args: any[]) => unknown);

/** Property names of T that hold data (methods excluded). */
export type DataKeys<T> = {
  [K in keyof T]-?: T[K] extends (...args: any[]) => any ? never : K;
}[keyof T] &
  string;

/** The data of an entity: every data property, all optional (validation decides what is required). */
export type EntityData<T> = { [K in DataKeys<T>]?: T[K] };

/**
 * Values that identify an item: exactly the slots of its key templates when the class declares
 * `[Keys]` (a missing or extra slot is a compile error); otherwise any of its properties.
 */
export type KeyInput<T> =
  HasDeclaredKeys<T> extends true
    ? { [P in (PartitionSlots<T> | SortSlots<T>) & DataKeys<T>]: T[P] }
    : EntityData<T>;

/** The index names a query of T may name. */
export type IndexName<T> = HasDeclaredKeys<T> extends true ? DeclaredIndexes<T> : string;

/** The values naming one partition of the table (or of index I): its partition key's slots. */
export type PartitionInput<T, I = undefined> =
  HasDeclaredKeys<T> extends true
    ? { [P in PartitionSlots<T, I> & DataKeys<T>]: T[P] }
    : EntityData<T>;

/** Properties T declares without `?`. */
type RequiredKeys<T> = {
  [K in DataKeys<T>]-?: undefined extends T[K] ? never : K;
}[DataKeys<T>];

/**
 * The data of `create` and `put`. For a class that declares `[Keys]`: every property declared
 * without `?` is required, except those `[OptionalProps]` names (filled by monotable or the
 * class); otherwise every property is optional and validation decides.
 */
export type CreateData<T> =
  HasDeclaredKeys<T> extends true
    ? { [K in Exclude<RequiredKeys<T>, DeclaredOptional<T>>]: T[K] } & {
        [K in Exclude<DataKeys<T>, Exclude<RequiredKeys<T>, DeclaredOptional<T>>>]?: T[K];
      }
    : EntityData<T>;

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
/**
 * A condition on one sort key attribute of a multi-attribute index: a value (equality) or one
 * range operator; `beginsWith` only on attributes stored as strings (dates included) or binary.
 */
export type AttributeKeyOperators<V> = {
  eq?: V;
  lt?: V;
  lte?: V;
  gt?: V;
  gte?: V;
  between?: [V, V];
} & (NonNullable<V> extends string | Date
  ? { beginsWith?: string }
  : NonNullable<V> extends Uint8Array
    ? { beginsWith?: V }
    : unknown);

/**
 * A sort-key condition of a query of T on the table (or index I): only the sort key's slots
 * (or, for a multi-attribute index, its sort key properties) when T declares `[Keys]`, each a
 * value or one operator of the slot's type.
 */
export type SortKeyWhere<T, I = undefined> =
  HasDeclaredKeys<T> extends true
    ? IsAttributeIndex<T, I> extends true
      ? { [K in SortSlots<T, I> & DataKeys<T>]?: T[K] | AttributeKeyOperators<T[K]> }
      : { [K in SortSlots<T, I> & DataKeys<T>]?: T[K] | SortKeyOperators<T[K]> }
    : { [K in DataKeys<T>]?: T[K] | SortKeyOperators<T[K]> };

/**
 * A sort-key condition on related items of type T, read from the table or from one of T's
 * indexes (whichever the relation uses): the sort key's slots of any of them.
 */
export type AnySortKeyWhere<T> =
  HasDeclaredKeys<T> extends true
    ? SortKeyWhere<T> | { [I in DeclaredIndexes<T>]: SortKeyWhere<T, I> }[DeclaredIndexes<T>]
    : SortKeyWhere<T>;
