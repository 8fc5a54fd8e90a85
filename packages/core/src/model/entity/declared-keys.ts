/**
 * What an entity class tells the compiler, with type-only members (decorators cannot change a
 * class's type):
 *
 * ```ts
 * @Entity({ table: AppTable, pk: 'CUSTOMER#{customerId}', sk: 'ORDER#{id}' })
 * class Order {
 *   declare [Keys]?: { pk: 'CUSTOMER#{customerId}'; sk: 'ORDER#{id}' };
 *   declare [OptionalProps]?: 'id' | 'status' | 'createdAt';
 *   ...
 * }
 * ```
 *
 * `[Keys]` repeats the key templates of `@Entity` (the compiler checks at the decorator that
 * both say the same); `get`, `update`, `delete` and transactions then take exactly the key's
 * slots, `query` the partition key's, and `where` only the sort key's. `[OptionalProps]` names
 * the required-looking properties monotable or the class fills on create (`@Generated`,
 * `@CreatedAt`, `@UpdatedAt`, `@Version`, initializers); every other property declared without
 * `?` is required by `create` and `put`. A class without `[Keys]` keeps the loose types.
 */
export const Keys: unique symbol = Symbol('monotable.keys');
export const OptionalProps: unique symbol = Symbol('monotable.optionalProps');
/**
 * Type-only: the edge entity of each `@ManyToMany` relation, so that `add(target, edgeData)`
 * types the edge's attributes: `declare [Edges]?: { products: OrderLine }`.
 */
export const Edges: unique symbol = Symbol('monotable.edges');

/**
 * An entity's key in one index as the type-level declaration holds it: templates, or the
 * property lists of a multi-attribute key (`{ pk: ['orgId', 'status']; sk: ['priority'] }`).
 */
export type IndexKeyDeclaration =
  { pk: string; sk?: string } | { pk: readonly string[]; sk?: readonly string[] };

/** Key templates as the type-level declaration holds them. */
export interface KeyTemplates {
  pk: string;
  sk?: string;
  indexes?: Record<string, IndexKeyDeclaration>;
}

/**
 * The properties a key is made of: the `{slot}` names of a key template
 * (`'ORDER#{placedAt}#{id}'` → `'placedAt' | 'id'`), or the elements of a property list
 * (`['priority', 'createdAt']` → `'priority' | 'createdAt'`).
 */
export type SlotsOf<S> = S extends readonly string[]
  ? S[number]
  : S extends `${string}{${infer Slot}}${infer Rest}`
    ? Slot | SlotsOf<Rest>
    : never;

/** The key templates an entity class declares, or `never`. */
export type DeclaredKeys<T> = T extends { [Keys]?: infer K extends KeyTemplates } ? K : never;

/** Whether T declares its keys. */
export type HasDeclaredKeys<T> = [DeclaredKeys<T>] extends [never] ? false : true;

/** The templates of the table key (index undefined) or of an index. */
type TemplatesOf<K extends KeyTemplates, I> = [I] extends [string]
  ? I extends keyof NonNullable<K['indexes']>
    ? NonNullable<K['indexes']>[I]
    : never
  : K;

/** The slots of the partition key of the table (or of index I). */
export type PartitionSlots<T, I = undefined> = SlotsOf<TemplatesOf<DeclaredKeys<T>, I>['pk']>;

/** The slots of the sort key of the table (or of index I). */
export type SortSlots<T, I = undefined> = SlotsOf<TemplatesOf<DeclaredKeys<T>, I>['sk']>;

/** Whether index I of T has a multi-attribute key (declared as property lists). */
export type IsAttributeIndex<T, I> = [I] extends [string]
  ? TemplatesOf<DeclaredKeys<T>, I>['pk'] extends readonly string[]
    ? true
    : false
  : false;

/** The index names an entity declares. */
export type DeclaredIndexes<T> = keyof NonNullable<DeclaredKeys<T>['indexes']> & string;

/** The edge entity a class declares for its many-to-many relation K, or `unknown`. */
export type DeclaredEdge<T, K> = T extends { [Edges]?: infer M }
  ? K extends keyof NonNullable<M>
    ? NonNullable<M>[K]
    : unknown
  : unknown;

/** The properties monotable or the class fills on create, as declared. */
export type DeclaredOptional<T> = T extends { [OptionalProps]?: infer P } ? P : never;
