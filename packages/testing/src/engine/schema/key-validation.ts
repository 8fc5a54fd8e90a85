import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors';
import { javaHashOrder, javaStringHash } from '../expressions/java-hash-order';
import { emptyRecord, typeOf, validateItemValues, type Item } from '../values';
import { attributeTypeOf, keyAttributeNames, type KeyNames, type TableDefinition } from './table-definition';

const MAX_PARTITION_KEY_BYTES = 2048;
const MAX_SORT_KEY_BYTES = 1024;

/** DynamoDB Local's wording (DynamoDB itself adds the key names and types to several). */
export const keyMessages = {
  schemaMismatch: 'The provided key element does not match the schema',
  wrongKeyCount: 'The number of conditions on the keys is invalid',
  invalidKeyType: 'Invalid attribute value type',
  emptyKey: (name: string, kind: string) =>
    `One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty ${kind} value. Key: ${name}`,
  missingKey: 'One of the required keys was not given a value',
  keyTypeMismatch: 'One or more parameter values were invalid: Type mismatch for key',
  indexKeyTypeMismatch: 'One or more parameter values were invalid: Type mismatch for Index Key',
  emptyIndexKey: (name: string, kind: string, index: string) =>
    'One or more parameter values are not valid. A value specified for a secondary index key is not supported. ' +
    `The AttributeValue for a key attribute cannot contain an empty ${kind} value. IndexName: ${index}, IndexKey: ${name}`,
  keyTooLarge: `Hash primary key values must be under ${MAX_PARTITION_KEY_BYTES} bytes, and range primary key values must be under ${MAX_SORT_KEY_BYTES} bytes`,
};

/** The values of a `Key` parameter, checked and normalized: what needs no table. */
export function validateKeyValues(key: Item | undefined): Item {
  if (!key || typeof key !== 'object') throw validationError(keyMessages.schemaMismatch);
  return validateItemValues(key, 'Key');
}

/**
 * Checks key values (from validateKeyValues) against the table's key schema: exactly the key
 * attributes, of the declared types, non-empty.
 */
export function validateKey(definition: TableDefinition, normalized: Item): Item {
  const names = keyAttributeNames(definition.keys);
  if (Object.keys(normalized).length !== names.length) throw validationError(keyMessages.wrongKeyCount);
  for (const name of names) {
    const value = normalized[name];
    if (!value) throw validationError(keyMessages.missingKey);
    checkKeyType(value, attributeTypeOf(definition, name)!, keyMessages.keyTypeMismatch);
  }
  checkKeyValues(definition.keys, normalized);
  return normalized;
}

/** Validates the key and index-key attributes of a full item about to be written. */
export function validateItemKeys(definition: TableDefinition, item: Item): void {
  for (const name of keyAttributeNames(definition.keys)) {
    const value = item[name];
    if (!value) throw validationError(keyMessages.missingKey);
    checkKeyType(value, attributeTypeOf(definition, name)!, keyMessages.keyTypeMismatch);
  }
  checkKeyValues(definition.keys, item);
  validateIndexKeys(definition, item);
}

/** Index key attributes may be absent (sparse indexes) but, when present, must be valid. */
export function validateIndexKeys(definition: TableDefinition, item: Item): void {
  // In DynamoDB Local's order (a Java HashMap by index name): it names the first index refusing.
  for (const index of javaHashOrder(definition.indexes, (index) => javaStringHash(index.name))) {
    for (const name of keyAttributeNames(index.keys)) {
      const value = item[name];
      if (!value) continue;
      checkKeyType(value, attributeTypeOf(definition, name)!, keyMessages.indexKeyTypeMismatch);
      const empty = emptiness(value);
      if (empty) throw validationError(keyMessages.emptyIndexKey(name, empty, index.name));
    }
  }
}

/** The primary key of an item. */
export function extractKey(keys: KeyNames, item: Item): Item {
  const key: Item = emptyRecord();
  for (const name of keyAttributeNames(keys)) key[name] = item[name];
  return key;
}

function checkKeyValues(keys: KeyNames, item: Item): void {
  for (const name of keyAttributeNames(keys)) {
    const empty = emptiness(item[name]);
    if (empty) throw validationError(keyMessages.emptyKey(name, empty));
  }
  const tooLarge =
    keys.partitionKeys.some((name) => byteLength(item[name]) > MAX_PARTITION_KEY_BYTES) ||
    keys.sortKeys.some((name) => byteLength(item[name]) > MAX_SORT_KEY_BYTES);
  if (tooLarge) throw validationError(keyMessages.keyTooLarge);
}

/** A key value must be a scalar (S, N, B) of the declared type. */
function checkKeyType(value: AttributeValue, expected: string, mismatchMessage: string): void {
  const actual = typeOf(value);
  if (actual !== 'S' && actual !== 'N' && actual !== 'B') throw validationError(keyMessages.invalidKeyType);
  if (actual !== expected) throw validationError(mismatchMessage);
}

/** Whether a key value is an empty string or binary (refused), and which. */
export function emptiness(value: AttributeValue): 'string' | 'binary' | undefined {
  if (value.S !== undefined && value.S.length === 0) return 'string';
  if (value.B !== undefined && value.B.length === 0) return 'binary';
  return undefined;
}

function byteLength(value: AttributeValue): number {
  if (value.S !== undefined) return Buffer.byteLength(value.S, 'utf8');
  if (value.B !== undefined) return value.B.length;
  return 0;
}
