import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { bytesEqual, typeOf, valuesEqual } from '../values';

/** begins_with: a string prefix of a string, or a byte prefix of a binary. */
export function beginsWith(value: AttributeValue, prefix: AttributeValue): boolean {
  if (value.S !== undefined && prefix.S !== undefined) return value.S.startsWith(prefix.S);
  if (value.B !== undefined && prefix.B !== undefined) {
    return prefix.B.length <= value.B.length && bytesEqual(value.B.subarray(0, prefix.B.length), prefix.B);
  }
  return false;
}

/**
 * contains: substring of a string, byte sequence in a binary, member of a set of the matching
 * type, or element of a list (compared like '=').
 */
export function contains(value: AttributeValue, operand: AttributeValue): boolean {
  if (value.S !== undefined) return operand.S !== undefined && value.S.includes(operand.S);
  if (value.B !== undefined) return operand.B !== undefined && Buffer.from(value.B).includes(Buffer.from(operand.B));
  if (value.SS !== undefined) return operand.S !== undefined && value.SS.includes(operand.S);
  if (value.NS !== undefined) return operand.N !== undefined && value.NS.some((n) => valuesEqual({ N: n }, operand));
  if (value.BS !== undefined) return operand.B !== undefined && value.BS.some((b) => bytesEqual(b, operand.B!));
  if (value.L !== undefined) return value.L.some((element) => valuesEqual(element, operand));
  return false;
}

/** attribute_type(path, :t): the value's type descriptor equals the string in :t. */
export function hasAttributeType(value: AttributeValue, type: AttributeValue): boolean {
  return typeOf(value) === type.S;
}
