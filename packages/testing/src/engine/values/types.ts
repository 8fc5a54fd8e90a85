import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/** An item on the wire: attribute name → typed value. */
export type Item = Record<string, AttributeValue>;

/** The ten DynamoDB data type descriptors. */
export type AttributeType = 'S' | 'N' | 'B' | 'BOOL' | 'NULL' | 'M' | 'L' | 'SS' | 'NS' | 'BS';

export const ATTRIBUTE_TYPES: readonly AttributeType[] = ['S', 'N', 'B', 'BOOL', 'NULL', 'M', 'L', 'SS', 'NS', 'BS'];

/**
 * The type descriptor of a value that has already been validated (exactly one type set).
 * @example typeOf({ NS: ['1'] }) // 'NS'
 */
export function typeOf(value: AttributeValue): AttributeType {
  const record = value as unknown as Record<string, unknown>;
  for (const type of ATTRIBUTE_TYPES) {
    if (record[type] !== undefined) return type;
  }
  throw new Error(`Attribute value has no data type: ${JSON.stringify(value)}`);
}
