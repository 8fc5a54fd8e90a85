import type { AttributeValueUpdate } from '@aws-sdk/client-dynamodb';
import { validationError } from '../../errors';
import type { UpdateAction, UpdateAst } from '../../expressions';
import { validateAttributeValue } from '../../values';

/** The legacy AttributeUpdates parameter as an update tree (PUT → SET, DELETE → REMOVE/DELETE, ADD → ADD). */
export function attributeUpdatesToUpdate(updates: Record<string, AttributeValueUpdate>): UpdateAst {
  const actions: UpdateAction[] = Object.entries(updates).map(([name, given]) => {
    // DynamoDB Local fails (HTTP 500) on a null update; the engine reads it as an empty one.
    const update: AttributeValueUpdate = given ?? {};
    const path = [{ kind: 'name' as const, name }];
    const action = update.Action ?? 'PUT';
    const value = update.Value === undefined ? undefined : validateAttributeValue(update.Value);
    if (action === 'DELETE') return value ? { kind: 'DELETE', path, value } : { kind: 'REMOVE', path };
    if (!value) throw validationError('One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is specified');
    if (action === 'ADD') return { kind: 'ADD', path, value };
    return { kind: 'SET', path, value: { kind: 'value', value } };
  });
  return { actions };
}
