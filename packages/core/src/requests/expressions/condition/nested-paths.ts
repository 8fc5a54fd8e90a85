import type { DataKeys, LeafValue } from '../../../model/entity/entity-types';

/** How deep nested paths are typed below a property (deeper paths are not accepted). */
type Depth = [never, 0, 1, 2, 3];

/** One nested path and the type of the value it reaches. */
export interface PathEntry<P extends string, V> {
  path: P;
  value: V;
}

type IsLoose<V> = 0 extends 1 & V ? true : unknown extends V ? true : false;

/** Every path below a value of type V written from `P`, with the type it reaches. */
type EntriesBelow<V, P extends string, D extends number> = [D] extends [never]
  ? never
  : IsLoose<V> extends true
    ? PathEntry<`${P}.${string}` | `${P}[${number}]`, unknown>
    : NonNullable<V> extends LeafValue
      ? never
      : NonNullable<V> extends readonly (infer E)[]
        ? PathEntry<`${P}[${number}]`, E> | EntriesBelow<E, `${P}[${number}]`, Depth[D]>
        : NonNullable<V> extends object
          ? {
              [K in keyof NonNullable<V> & string]-?:
                | PathEntry<`${P}.${K}`, NonNullable<V>[K]>
                | EntriesBelow<NonNullable<V>[K], `${P}.${K}`, Depth[D]>;
            }[keyof NonNullable<V> & string]
          : never;

/**
 * The nested paths of entity T ('address.city', 'tags[0]', 'lines[0].sku', ...) with the type
 * each reaches, four levels deep. Maps typed `any`/`unknown` accept any path below them.
 */
export type NestedEntries<T> = {
  [K in DataKeys<T>]-?: EntriesBelow<T[K], K, 4>;
}[DataKeys<T>];
