/**
 * A string that is equal for two objects exactly when their key attributes hold the same
 * DynamoDB values, so that items and unprocessed requests can be matched back to the keys
 * that asked for them. Key attributes are strings, numbers or binary.
 *
 * @example
 * keyIdentity({ PK: 'A', SK: 1, name: 'x' }, ['PK', 'SK']) === keyIdentity({ PK: 'A', SK: 1 }, ['PK', 'SK']);
 */
export function keyIdentity(
  item: Record<string, unknown>,
  keyAttributes: readonly string[],
): string {
  return JSON.stringify(keyAttributes.map((name) => tagKeyValue(item[name])));
}

/** True when `item` carries every key attribute. */
export function hasKeyAttributes(
  item: Record<string, unknown>,
  keyAttributes: readonly string[],
): boolean {
  return keyAttributes.every((name) => item[name] !== undefined);
}

// The type tag keeps the string '1' and the number 1 apart: DynamoDB treats them as different keys.
function tagKeyValue(value: unknown): string {
  if (typeof value === 'string') return `S:${value}`;
  if (typeof value === 'number' || typeof value === 'bigint') return `N:${value}`;
  if (value instanceof Uint8Array) return `B:${Buffer.from(value).toString('base64')}`;
  if (value instanceof ArrayBuffer) return `B:${Buffer.from(value).toString('base64')}`;
  // NumberValue (DocumentClient `wrapNumbers`) and anything else with a meaningful toString.
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { value?: unknown }).value === 'string'
  ) {
    return `N:${(value as { value: string }).value}`;
  }
  return `?:${String(value)}`;
}
