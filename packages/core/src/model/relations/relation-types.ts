import type { DeclaredKeys, HasDeclaredKeys } from '../entity/declared-keys';
import type { DataKeys, LeafValue } from '../entity/entity-types';

/** The element of a relation property: `Order` for `orders?: Order[]`, `Cart` for `cart?: Cart`. */
type RelationElement<V> = NonNullable<V> extends readonly (infer E)[] ? E : NonNullable<V>;

/** Properties of T holding entities that declare `[Keys]`: relations, never embedded maps. */
type DeclaredRelationKey<T> = {
  [K in DataKeys<T>]-?: HasDeclaredKeys<RelationElement<T[K]>> extends true ? K : never;
}[DataKeys<T>];

/**
 * Properties of T that can hold related entities (the names `include` and `db.relation` take).
 * When T declares `[Keys]`, only properties whose entities declare `[Keys]` too: an embedded
 * class (a map attribute) is not a relation. Otherwise embedded map attributes typed with a
 * class also qualify here, and naming one is refused at run time.
 */
export type RelationKey<T> =
  HasDeclaredKeys<T> extends true ? DeclaredRelationKey<T> : LooseRelationKey<T>;

type LooseRelationKey<T> = {
  [K in DataKeys<T>]-?: RelationElement<T[K]> extends LeafValue
    ? never
    : RelationElement<T[K]> extends object
      ? K
      : never;
}[DataKeys<T>];

/** The entity type a relation (or a union of relations) of T holds. */
export type Related<T, K extends keyof T> = K extends unknown ? RelationElement<T[K]> : never;

/** The to-many relations among I. */
type ManyKeys<T, I extends keyof T> = {
  [K in I]: NonNullable<T[K]> extends readonly unknown[] ? K : never;
}[I];

/**
 * T with the relations I loaded: to-many relations become (possibly empty) arrays, to-one
 * relations keep their optional type (the item may not exist).
 */
export type WithRelations<T, I extends keyof T> = [I] extends [never]
  ? T
  : T & { [K in ManyKeys<T, I>]-?: NonNullable<T[K]> };

/** A key template with its slot names erased: `'CUSTOMER#{id}'` → `'CUSTOMER#{}'`. */
type TemplateShape<S> = S extends `${infer Head}{${string}}${infer Rest}`
  ? `${Head}{}${TemplateShape<Rest>}`
  : S;

/** Whether R's items live in partitions shaped like T's (the same item collections). */
type SharesPartition<T, R> = [TemplateShape<DeclaredKeys<T>['pk']>] extends [
  TemplateShape<DeclaredKeys<R>['pk']>,
]
  ? [TemplateShape<DeclaredKeys<R>['pk']>] extends [TemplateShape<DeclaredKeys<T>['pk']>]
    ? true
    : false
  : false;

/**
 * The relations `collection()` can read with T: when T declares `[Keys]`, only relations whose
 * entities share T's partition-key shape (its item collection); relations held in another
 * partition or an index are compile errors. A `@BelongsTo` parent in the same partition is a
 * member of the collection like the children are.
 */
export type CollectionKey<T> =
  HasDeclaredKeys<T> extends true
    ? {
        [K in RelationKey<T>]: SharesPartition<T, RelationElement<T[K]>> extends true ? K : never;
      }[RelationKey<T>]
    : RelationKey<T>;
