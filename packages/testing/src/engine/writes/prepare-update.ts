import { validationError } from '../errors';
import type { AttributeValueUpdate } from '@aws-sdk/client-dynamodb';
import { applyUpdate, parseUpdate, updatedPaths } from '../expressions';
import { topLevelAttribute } from '../requests/document-paths';
import { attributeUpdatesToUpdate, checkLegacyParameters } from '../requests/legacy';
import { startExpressionUsage } from '../requests/expression-usage';
import { validateIndexKeys, validateKey } from '../schema/key-validation';
import { keyAttributeNames } from '../schema/table-definition';
import type { Database } from '../state/database';
import { cloneValue } from '../values';
import { checkItemNesting } from './item-nesting-limit';
import { checkItemSize } from './item-size-limit';
import type { KeyedConditionParameters } from './prepare-delete';
import type { PreparedWrite } from './prepared-write';
import { parseWriteCondition } from './write-condition';

export interface UpdateParameters extends KeyedConditionParameters {
  UpdateExpression?: string;
  AttributeUpdates?: Record<string, AttributeValueUpdate>;
}

/**
 * Validates an UpdateItem (or a transaction's Update) and prepares it. Without an
 * UpdateExpression it still creates the item (key attributes only) when absent, as DynamoDB does.
 */
export function prepareUpdate(input: UpdateParameters, database: Database): PreparedWrite {
  checkLegacyParameters(input,
    ['AttributeUpdates', 'Expected', 'ConditionalOperator'],
    ['UpdateExpression', 'ConditionExpression'],
  );
  const usage = startExpressionUsage(
    input,
    { UpdateExpression: input.UpdateExpression, ConditionExpression: input.ConditionExpression },
    ['UpdateExpression', 'ConditionExpression'],
  );
  const update =
    input.UpdateExpression !== undefined
      ? parseUpdate(input.UpdateExpression, usage)
      : input.AttributeUpdates
        ? attributeUpdatesToUpdate(input.AttributeUpdates)
        : undefined;
  const condition = parseWriteCondition(input, usage);
  usage.finish();
  const table = database.table(input.TableName!);
  const key = validateKey(table.definition, input.Key);
  const paths = update ? updatedPaths(update) : [];
  const keyNames = keyAttributeNames(table.definition.keys);
  for (const path of paths) {
    const name = topLevelAttribute(path);
    if (keyNames.includes(name)) {
      throw validationError(`One or more parameter values were invalid: Cannot update attribute ${name}. This attribute is part of the key`);
    }
  }
  return {
    kind: 'Update',
    table,
    key,
    condition,
    returnValuesOnConditionCheckFailure: input.ReturnValuesOnConditionCheckFailure,
    updatedPaths: paths,
    compute: (existing) => {
      const base = cloneValue(existing ?? key);
      const next = update ? applyUpdate(update, base) : base;
      validateIndexKeys(table.definition, next);
      checkItemNesting(next);
      checkItemSize(next, 'update');
      return next;
    },
  };
}
