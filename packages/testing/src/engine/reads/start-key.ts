import { EngineError, validationError } from '../errors';
import { attributeTypeOf } from '../schema/table-definition';
import { emptyRecord, typeOf, validateItemValues, type Item } from '../values';
import type { ReadTarget } from './read-target';

const INVALID_START = 'The provided starting key is invalid: ';

/**
 * Validates ExclusiveStartKey: exactly the attributes of a LastEvaluatedKey for this target
 * (table key, plus index key for an index), of the declared types.
 */
export function validateStartKey(target: ReadTarget, startKey: Item | undefined): Item | undefined {
  if (!startKey) return undefined;
  let values: Item;
  try {
    values = validateItemValues(startKey, 'ExclusiveStartKey');
  } catch (error) {
    if (error instanceof EngineError) throw validationError(INVALID_START + error.message);
    throw error;
  }
  const names = target.positionNames;
  if (Object.keys(values).length !== names.length) throw validationError("Exclusive Start Key must have same size as table's key schema");
  const matches =
    Object.keys(values).length === names.length &&
    names.every((name) => values[name] !== undefined && typeOf(values[name]) === attributeTypeOf(target.table.definition, name));
  if (!matches) throw validationError(`${INVALID_START}The provided key element does not match the schema`);
  return values;
}

/** The LastEvaluatedKey for the last entry read. */
export function positionOf(target: ReadTarget, entry: Item): Item {
  const key: Item = emptyRecord();
  for (const name of target.positionNames) key[name] = entry[name];
  return key;
}
