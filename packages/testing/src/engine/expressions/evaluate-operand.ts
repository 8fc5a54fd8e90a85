import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Item } from '../values';
import type { Operand } from './ast';
import { resolvePath } from './document-path';

/** The value of an operand for one item; undefined when a path is missing or size() does not apply. */
export function evaluateOperand(operand: Operand, item: Item | undefined): AttributeValue | undefined {
  switch (operand.kind) {
    case 'path':
      return resolvePath(operand.path, item);
    case 'value':
      return operand.value;
    case 'size': {
      const value = evaluateOperand(operand.operand, item);
      const size = value === undefined ? undefined : sizeOf(value);
      return size === undefined ? undefined : { N: String(size) };
    }
  }
}

/**
 * size(): string length (UTF-16 code units, as DynamoDB counts), bytes of a binary, elements of
 * a set or list, entries of a map; numbers, booleans and nulls have none.
 */
export function sizeOf(value: AttributeValue): number | undefined {
  if (value.S !== undefined) return value.S.length;
  if (value.B !== undefined) return value.B.length;
  const elements = value.SS ?? value.NS ?? value.BS ?? value.L;
  if (elements !== undefined) return elements.length;
  if (value.M !== undefined) return Object.keys(value.M).length;
  return undefined;
}
