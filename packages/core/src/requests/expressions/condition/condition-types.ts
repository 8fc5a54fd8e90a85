import type { DynamoType } from './dynamo-type';
import type { NestedEntries } from './nested-paths';

/** Names of T's data properties (methods left out): a typo is a compile error. */
export type AttributeKey<T> = {
  [K in keyof T]-?: T[K] extends (...args: any[]) => unknown ? never : K;
}[keyof T] &
  string;

/** A nested property path: 'address.city', 'tags[0]', 'lines[0].sku' (typed per entity by NestedEntries). */
export type NestedPath = `${string}.${string}` | `${string}[${number}]`;

/** eq ne lt lte gt gte between in: the operators that compare a whole value. */
export interface ComparisonOperators<V> {
  eq?: V | null;
  ne?: V | null;
  lt?: V;
  lte?: V;
  gt?: V;
  gte?: V;
  /** Inclusive on both ends: [low, high]. */
  between?: readonly [V, V];
  /** One of at most 100 values. */
  in?: readonly (V | null)[];
}

// Dates are stored as ISO strings, so a prefix ('2026-11') is meaningful for them too.
type BeginsWithOperand<V> = unknown extends V ? string : V extends string | Date ? string : never;

type ContainsOperand<V> = unknown extends V
  ? unknown
  : V extends string
    ? string
    : V extends readonly (infer E)[]
      ? E
      : V extends ReadonlySet<infer E>
        ? E
        : never;

/**
 * Operators for a property of type V; several in one object are ANDed.
 *
 * @example
 * { total: { gte: 10, lt: 100 }, tags: { contains: 'vip' }, nickname: { exists: false },
 *   lines: { size: { gt: 3 } }, meta: { type: 'M' }, status: { in: ['open', 'paid'] } }
 */
export interface Operators<V> extends ComparisonOperators<NonNullable<V>> {
  /** Strings and dates: the stored string starts with this prefix (never converted by the resolver). */
  beginsWith?: BeginsWithOperand<NonNullable<V>>;
  /** A substring of a string, or an element of a list or set. */
  contains?: ContainsOperand<NonNullable<V>>;
  /** `true` → attribute_exists, `false` → attribute_not_exists. */
  exists?: boolean;
  /** Compares size(attribute): a number means "size equals". */
  size?: number | ComparisonOperators<number>;
  /** The stored DynamoDB type, e.g. 'S', 'N', 'M', 'L'. */
  type?: DynamoType;
}

/**
 * What a property may be matched with: a plain value (equality; null, Date, arrays, Sets and
 * class instances included) or an operator object.
 */
export type ConditionValue<V> = V | null | Operators<V>;

/** $and / $or take lists of conditions, $not one condition; they nest freely. */
export interface LogicalCondition<T> {
  $and?: readonly Condition<T>[];
  $or?: readonly Condition<T>[];
  $not?: Condition<T>;
}

/**
 * A condition or filter on entity T. Keys are ANDed; properties are T's property names (typed
 * by their property type) or nested paths ('address.city', typed by what they reach; a
 * path the entity does not have is a compile error).
 *
 * A plain object without operator keys compares a whole map only when the resolver says the
 * property is a map (`isMap`); otherwise it is rejected as a likely typo. `{ eq: {...} }` always
 * compares a whole map. Properties whose value is `undefined` are skipped, like in updates.
 * Keys starting with `$` are logical operators, never properties.
 *
 * @example
 * const open: Condition<Order> = { status: 'open', total: { gt: 100 },
 *   $or: [{ 'address.city': 'Oslo' }, { $not: { tags: { contains: 'test' } } }] };
 */
export type Condition<T> = {
  [K in AttributeKey<T>]?: ConditionValue<T[K]>;
} & {
  [E in NestedEntries<T> as E['path']]?: ConditionValue<E['value']>;
} & LogicalCondition<T>;
