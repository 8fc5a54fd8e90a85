import { javaHashOrder, javaStringHash, presizedCapacity } from '../expressions/java-hash-order';

/**
 * The parts of a batch request (RequestItems) in the order DynamoDB Local visits their tables:
 * a HashMap sized for them. When several tables have a problem (one missing, another's key
 * invalid), it reports the first one in this order.
 */
export function inLocalOrder<Part>(parts: readonly (readonly [string, Part])[]): (readonly [string, Part])[] {
  return javaHashOrder(parts, ([tableName]) => javaStringHash(tableName), presizedCapacity(parts.length));
}
