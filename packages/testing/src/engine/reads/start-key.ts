import { validationError } from '../errors';
import { emptiness, keyMessages } from '../schema/key-validation';
import { attributeTypeOf, keyAttributeNames } from '../schema/table-definition';
import { emptyRecord, typeOf, validateItemValues, type Item } from '../values';
import type { ReadTarget } from './read-target';

/** DynamoDB Local's texts; the size message is only used for a table or an LSI. */
const startKeyMessages = {
  wrongSize: "Exclusive Start Key must have same size as table's key schema",
  invalid: 'The provided starting key is invalid',
  typeMismatch: 'Type mismatch for attribute to update',
  /** Put before an empty value of the (first) partition-key attribute. */
  oneRow: 'The query can return at most one row and cannot be restarted. ',
};

/** The values of an ExclusiveStartKey, checked and normalized: what needs no table. */
export function startKeyValues(startKey: Item | undefined): Item | undefined {
  return startKey && validateItemValues(startKey, 'ExclusiveStartKey');
}

/**
 * Checks ExclusiveStartKey values (from startKeyValues) against what is read: exactly the
 * attributes of a LastEvaluatedKey for this target (table key, plus index key for an index), of
 * the declared types, not empty. The checks and their order are DynamoDB Local's: size, names,
 * types, then empty values (table key first).
 */
export function validateStartKey(target: ReadTarget, values: Item | undefined): Item | undefined {
  if (!values) return undefined;
  const names = target.positionNames;
  if (Object.keys(values).length !== names.length) {
    throw validationError(target.index?.definition.kind === 'global' ? startKeyMessages.invalid : startKeyMessages.wrongSize);
  }
  if (names.some((name) => values[name] === undefined)) throw validationError(startKeyMessages.invalid);
  const { definition } = target.table;
  if (names.some((name) => typeOf(values[name]) !== attributeTypeOf(definition, name))) {
    throw validationError(startKeyMessages.typeMismatch);
  }
  for (const name of names) checkNotEmpty(target, name, values[name]);
  return values;
}

function checkNotEmpty(target: ReadTarget, name: string, value: Item[string]): void {
  const empty = emptiness(value);
  if (!empty) return;
  const tableKeys = target.table.definition.keys;
  const isTableKey = keyAttributeNames(tableKeys).includes(name);
  const message = isTableKey ? keyMessages.emptyKey(name, empty) : keyMessages.emptyIndexKey(name, empty, target.index!.name);
  const isFirstPartitionKey = (isTableKey ? tableKeys : target.keys).partitionKeys[0] === name;
  throw validationError(`${isFirstPartitionKey ? startKeyMessages.oneRow : ''}${startKeyMessages.invalid}: ${message}`);
}

/** The LastEvaluatedKey for the last entry read. */
export function positionOf(target: ReadTarget, entry: Item): Item {
  const key: Item = emptyRecord();
  for (const name of target.positionNames) key[name] = entry[name];
  return key;
}
