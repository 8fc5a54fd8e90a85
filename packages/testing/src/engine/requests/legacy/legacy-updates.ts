import type { AttributeValue, AttributeValueUpdate } from '@aws-sdk/client-dynamodb';
import { validationError } from '../../errors';
import type { DocumentPath } from '../../expressions';
import { addValue, deleteFromValue } from '../../expressions/update-values';
import { cloneValue, typeOf, validateAttributeValue, type AttributeType, type Item } from '../../values';

/** One entry of the legacy AttributeUpdates parameter, its value checked. */
export interface LegacyUpdate {
  name: string;
  action: string;
  value?: AttributeValue;
}

const ACTIONS: readonly string[] = ['ADD', 'DELETE', 'PUT'];
/** What ADD combines with an existing value of the same type (a list is appended to). */
const ADDABLE: readonly AttributeType[] = ['N', 'SS', 'NS', 'BS', 'L'];
/** What DELETE with a value removes elements from. */
const DELETABLE: readonly AttributeType[] = ['SS', 'NS', 'BS'];
const TYPE_NAMES: Record<AttributeType, string> = {
  S: 'STRING',
  N: 'NUMBER',
  B: 'BINARY',
  BOOL: 'BOOLEAN',
  NULL: 'NULL',
  M: 'MAP',
  L: 'LIST',
  SS: 'STRING_SET',
  NS: 'NUMBER_SET',
  BS: 'BINARY_SET',
};
const TYPE_MISMATCH = 'Type mismatch for attribute to update';

/**
 * AttributeUpdates as far as the request alone allows: values valid, and one given unless the
 * action is DELETE. The rest (the action, the value's type, the stored value's type) DynamoDB
 * checks as it applies them, after the condition.
 */
export function parseAttributeUpdates(updates: Record<string, AttributeValueUpdate>): LegacyUpdate[] {
  return Object.entries(updates).map(([name, given]) => {
    // DynamoDB Local fails (HTTP 500) on a null update; the engine reads it as an empty one.
    const update: AttributeValueUpdate = given ?? {};
    const action = update.Action ?? 'PUT';
    const value = update.Value === undefined ? undefined : validateAttributeValue(update.Value);
    if (!value && action !== 'DELETE') {
      throw validationError('One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is specified');
    }
    return { name, action, value };
  });
}

/** The attributes the updates write, as document paths. */
export function attributeUpdatePaths(updates: readonly LegacyUpdate[]): DocumentPath[] {
  return updates.map(({ name }) => [{ kind: 'name', name }]);
}

/**
 * Applies AttributeUpdates to an item (the input is not modified), one attribute after the
 * other, with DynamoDB's legacy semantics and messages: PUT replaces; ADD adds a number, joins
 * a set or appends to a list (creating the attribute when missing); DELETE removes the attribute
 * or, with a set, those elements.
 */
export function applyAttributeUpdates(updates: readonly LegacyUpdate[], item: Item): Item {
  const result = cloneValue(item);
  for (const { name, action, value } of updates) {
    if (!ACTIONS.includes(action)) throw validationError(`Member must satisfy enum value set: [${ACTIONS.join(', ')}]`);
    const existing = result[name];
    if (action === 'PUT') result[name] = cloneValue(value!);
    else if (action === 'ADD') result[name] = added(existing, value!);
    else if (!value) delete result[name];
    else {
      const remaining = deleted(existing, value);
      if (remaining) result[name] = remaining;
      else delete result[name];
    }
  }
  return result;
}

function added(existing: AttributeValue | undefined, value: AttributeValue): AttributeValue {
  const type = typeOf(value);
  if (!ADDABLE.includes(type)) throw unsupported('ADD action is not supported', type);
  if (existing === undefined) return addValue(undefined, value);
  if (typeOf(existing) !== type) throw validationError(TYPE_MISMATCH);
  return type === 'L' ? { L: [...existing.L!, ...cloneValue(value).L!] } : addValue(existing, value);
}

function deleted(existing: AttributeValue | undefined, value: AttributeValue): AttributeValue | undefined {
  const type = typeOf(value);
  if (!DELETABLE.includes(type)) throw unsupported('DELETE action with value is not supported', type);
  if (existing === undefined) return undefined;
  if (typeOf(existing) !== type) throw validationError(TYPE_MISMATCH);
  return deleteFromValue(existing, value);
}

function unsupported(what: string, type: AttributeType): Error {
  return validationError(`One or more parameter values were invalid: ${what} for the type ${TYPE_NAMES[type]}`);
}
