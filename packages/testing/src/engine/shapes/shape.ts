/**
 * The JSON types of DynamoDB's request members, as its Coral deserializer reads them: a member of
 * the wrong JSON type fails the whole request with a SerializationException before DynamoDB
 * validates anything. Shapes are data; `checkShape` is the one walk that reads them.
 */
export type Shape =
  | StringShape
  | NumberShape
  | BooleanShape
  | BlobShape
  | ListShape
  | MapShape
  | StructureShape
  | LazyShape;

export interface StringShape {
  readonly kind: 'string';
}

/** Integer (Limit, Segment) or Long (capacity units): JSON numbers. */
export interface NumberShape {
  readonly kind: 'integer' | 'long';
}

export interface BooleanShape {
  readonly kind: 'boolean';
}

/** Base64 text on the wire (B, BS). */
export interface BlobShape {
  readonly kind: 'blob';
}

export interface ListShape {
  readonly kind: 'list';
  readonly member: Shape;
}

/** A JSON object whose keys are data (attribute names, table names, placeholders). */
export interface MapShape {
  readonly kind: 'map';
  readonly value: Shape;
}

/** A JSON object with named members; members not listed here are ignored, as DynamoDB does. */
export interface StructureShape {
  readonly kind: 'structure';
  readonly members: Readonly<Record<string, Shape>>;
}

/** A shape that refers to itself (an AttributeValue's M and L hold AttributeValues). */
export interface LazyShape {
  readonly kind: 'lazy';
  readonly resolve: () => Shape;
}

export const STRING: StringShape = { kind: 'string' };
export const INTEGER: NumberShape = { kind: 'integer' };
export const LONG: NumberShape = { kind: 'long' };
export const BOOLEAN: BooleanShape = { kind: 'boolean' };
export const BLOB: BlobShape = { kind: 'blob' };

export const list = (member: Shape): ListShape => ({ kind: 'list', member });
export const map = (value: Shape): MapShape => ({ kind: 'map', value });
export const lazy = (resolve: () => Shape): LazyShape => ({ kind: 'lazy', resolve });

/**
 * A structure whose members are exactly those of `T` (an SDK input type), each with a shape of
 * the matching JSON type: a member the SDK knows but the table forgets, or a string given an
 * Integer shape, is a compile error.
 * @example structure<ListTablesInput>({ ExclusiveStartTableName: STRING, Limit: INTEGER })
 */
export function structure<T>(members: MembersOf<T>): StructureShape {
  return { kind: 'structure', members };
}

export type MembersOf<T> = { readonly [K in keyof Required<T>]-?: ShapeFor<NonNullable<T[K]>> };

type ShapeFor<V> = V extends string
  ? StringShape
  : V extends number
    ? NumberShape
    : V extends boolean
      ? BooleanShape
      : V extends Uint8Array
        ? BlobShape
        : V extends readonly unknown[]
          ? ListShape
          : StructureShape | MapShape;
