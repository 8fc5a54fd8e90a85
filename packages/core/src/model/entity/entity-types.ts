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
