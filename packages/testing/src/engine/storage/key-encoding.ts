import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { createHash } from 'node:crypto';

/** A string that identifies a scalar key value (type included), to use as a Map key. */
export function encodeKeyValue(value: AttributeValue): string {
  if (value.S !== undefined) return `S:${value.S}`;
  if (value.N !== undefined) return `N:${value.N}`;
  if (value.B !== undefined) return `B:${Buffer.from(value.B).toString('base64')}`;
  throw new Error(`Not a key value: ${JSON.stringify(value)}`);
}

/**
 * A string that identifies a partition: its partition-key value or, for a multi-attribute
 * key, the tuple of its values in key-schema order.
 */
export function encodePartitionKey(values: readonly AttributeValue[]): string {
  return values.length === 1 ? encodeKeyValue(values[0]) : JSON.stringify(values.map(encodeKeyValue));
}

/**
 * A stable 32-bit hash of a partition key. DynamoDB places partitions by a hash of the key,
 * which is why a Scan returns partitions in no meaningful order; the engine scans in the order
 * of this hash and splits the hash range evenly for parallel-scan segments.
 */
export function partitionHash(encodedKey: string): number {
  return createHash('md5').update(encodedKey).digest().readUInt32BE(0);
}
