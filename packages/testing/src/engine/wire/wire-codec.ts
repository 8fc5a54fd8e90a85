import { emptyRecord } from '../values/empty-record';

/**
 * The JSON protocol sends binary values (B, BS) as base64 text; the engine works with bytes.
 * These two functions convert a whole request or response at once. Their copies are objects
 * without a prototype, so an attribute named '__proto__' stays an ordinary attribute.
 */

/**
 * Turns base64 binaries of a parsed request into bytes. Only `{ B: string }` and
 * `{ BS: string[] }` objects are attribute values, so the walk can be generic; the one map whose
 * keys are free text that could look like that, ExpressionAttributeNames, is left alone.
 */
export function decodeWireBinaries<T>(value: T): T {
  return decode(value, false) as T;
}

/** Turns every byte array of a response back into base64 text. */
export function encodeWireBinaries<T>(value: T): T {
  return encode(value) as T;
}

function decode(value: unknown, insideNames: boolean): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((element) => decode(element, false));
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (!insideNames && keys.length === 1) {
    const [key] = keys;
    if (key === 'B' && typeof record.B === 'string') return { B: fromBase64(record.B) };
    if (key === 'BS' && Array.isArray(record.BS) && record.BS.every((e) => typeof e === 'string')) {
      return { BS: (record.BS as string[]).map(fromBase64) };
    }
  }
  const result = emptyRecord();
  for (const key of keys) result[key] = decode(record[key], key === 'ExpressionAttributeNames');
  return result;
}

function encode(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
  if (Array.isArray(value)) return value.map(encode);
  const result = emptyRecord();
  for (const [key, element] of Object.entries(value as Record<string, unknown>)) {
    if (element !== undefined) result[key] = encode(element);
  }
  return result;
}

function fromBase64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'));
}
