import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/** An AttributeValue written out exactly, e.g. raw({ N: '1.50' }) or raw({ SS: [] }) (invalid on purpose). */
export class RawValue {
  constructor(readonly value: AttributeValue | Record<string, unknown>) {}
}

export const raw = (value: AttributeValue | Record<string, unknown>): RawValue =>
  new RawValue(value);

/** A number written with its exact digits: n('1.50') → { N: '1.50' }. */
export const n = (digits: string): RawValue => raw({ N: digits });

/** Number and binary sets with exact members. */
export const ns = (...digits: string[]): RawValue => raw({ NS: digits });
export const bs = (...bytes: Uint8Array[]): RawValue => raw({ BS: bytes });

/**
 * The short way to write values in cases: string → S, number → N, boolean → BOOL,
 * null → NULL, array → L, Set<string> → SS, Set<number> → NS, Uint8Array → B, object → M.
 */
export type NativeValue =
  | string
  | number
  | boolean
  | null
  | Uint8Array
  | RawValue
  | Set<string>
  | Set<number>
  | NativeValue[]
  | { [name: string]: NativeValue };

export type NativeItem = Record<string, NativeValue>;

export function toAttributeValue(value: NativeValue): AttributeValue {
  if (value instanceof RawValue) return value.value as AttributeValue;
  if (value === null) return { NULL: true };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: String(value) };
  if (typeof value === 'boolean') return { BOOL: value };
  if (value instanceof Uint8Array) return { B: value };
  if (value instanceof Set) {
    const members = [...value] as (string | number)[];
    return typeof members[0] === 'number'
      ? { NS: members.map(String) }
      : { SS: members as string[] };
  }
  if (Array.isArray(value)) return { L: value.map(toAttributeValue) };
  return { M: toAttributeMap(value) };
}

export function toAttributeMap(item: NativeItem): Record<string, AttributeValue> {
  return Object.fromEntries(
    Object.entries(item).map(([name, value]) => [name, toAttributeValue(value)]),
  );
}

/** Bytes from a string, for binary values: bytes('abc'). */
export const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));
