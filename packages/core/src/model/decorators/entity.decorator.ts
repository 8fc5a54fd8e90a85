import type { DeclaredKeys, IndexKeyDeclaration } from '../entity/declared-keys';
import { metadataRegistry } from '../metadata/metadata-registry';
import type { EntityOptions } from '../metadata/options';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

type Indexes = Record<string, IndexKeyDeclaration>;

/** A property list compares as a readonly tuple, however it was written (`['a']`, `as const`). */
type KeyShape<K> = K extends readonly string[] ? readonly [...K] : K;

/** Each index declared with exactly the same `pk` and `sk` (templates or property lists) as in the options. */
type IndexesAgree<D extends Indexes, O extends Indexes> =
  Same<keyof D, keyof O> extends true
    ? false extends {
        [I in keyof O]: I extends keyof D
          ? Same<KeyShape<D[I]['pk']>, KeyShape<O[I]['pk']>> extends true
            ? Same<KeyShape<D[I]['sk']>, KeyShape<O[I]['sk']>>
            : false
          : false;
      }[keyof O]
      ? false
      : true
    : false;

type Mismatch<K, O> = {
  'monotable: the [Keys] declaration of this class must repeat the key templates of @Entity': {
    declared: K;
    templates: O;
  };
};

/**
 * The class, when its `[Keys]` declaration (if any) says the same as the templates of
 * `@Entity`: the same partition and sort key templates, and the same indexes.
 */
type KeysAgree<C, O extends EntityOptions> = C extends abstract new (...args: any) => infer I
  ? [DeclaredKeys<I>] extends [never]
    ? C
    : string extends O['pk']
      ? C // options not typed literally: nothing to compare
      : Same<DeclaredKeys<I>['pk'], O['pk']> extends true
        ? Same<DeclaredKeys<I>['sk'], O['sk']> extends true
          ? IndexesAgree<
              NonNullable<DeclaredKeys<I>['indexes']>,
              NonNullable<O['indexes']>
            > extends true
            ? C
            : Mismatch<DeclaredKeys<I>, Pick<O, 'pk' | 'sk' | 'indexes'>>
          : Mismatch<DeclaredKeys<I>, Pick<O, 'pk' | 'sk' | 'indexes'>>
        : Mismatch<DeclaredKeys<I>, Pick<O, 'pk' | 'sk' | 'indexes'>>
  : never;

/**
 * Declares a class as an entity stored in `options.table` under the given key templates. A
 * class that declares `[Keys]` (see `Keys`) must repeat these templates there: the compiler
 * checks it here, so the typed keys never disagree with the stored ones.
 *
 * @example
 * @Entity({ table: AppTable, pk: 'CUSTOMER#{id}', sk: 'PROFILE' })
 * export class Customer {
 *   declare [Keys]?: { pk: 'CUSTOMER#{id}'; sk: 'PROFILE' };
 *   @Attribute() id!: string;
 * }
 */
export function Entity<const O extends EntityOptions>(
  options: O,
): <C extends abstract new (...args: any) => object>(target: C & KeysAgree<C, O>) => void {
  return (target) => {
    metadataRegistry.recordEntity(target, options);
  };
}
