import { InvalidExpressionError } from './invalid-expression-error';

type SetElementKind = 'string' | 'number' | 'binary';

function elementKind(value: unknown): SetElementKind | undefined {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number' || typeof value === 'bigint') return 'number';
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return 'binary';
  // lib-dynamodb's NumberValue (big or precise numbers); matched by name to keep the SDK out.
  if (typeof value === 'object' && value !== null && value.constructor?.name === 'NumberValue') {
    return 'number';
  }
  return undefined;
}

/**
 * Copies values into a Set that DynamoDB can store (the DocumentClient sends a JS Set as SS, NS
 * or BS): not empty, and every element a string, every element a number, or every element binary.
 */
export function toStorableSet(values: Iterable<unknown>, subject: string): Set<unknown> {
  const set = new Set(values);
  if (set.size === 0) {
    throw new InvalidExpressionError(`${subject}: DynamoDB sets cannot be empty`);
  }
  const kinds = new Set([...set].map(elementKind));
  if (kinds.has(undefined) || kinds.size > 1) {
    throw new InvalidExpressionError(
      `${subject}: a set holds only strings, only numbers or only binary values`,
    );
  }
  return set;
}
