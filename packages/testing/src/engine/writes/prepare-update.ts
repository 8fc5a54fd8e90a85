import type { AttributeValueUpdate } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors';
import { applyUpdate, parseUpdate, updatedPaths, type ConditionAst, type UpdateAst } from '../expressions';
import { conditionPaths, topLevelAttribute, updatePaths } from '../requests/document-paths';
import { checkKeyPaths } from '../requests/key-paths';
import { applyAttributeUpdates, attributeUpdatePaths, checkLegacyParameters, parseAttributeUpdates, type LegacyUpdate } from '../requests/legacy';
import { startExpressionUsage } from '../requests/expression-usage';
import { validateIndexKeys, validateKey, validateKeyValues } from '../schema/key-validation';
import { keyAttributeNames } from '../schema/table-definition';
import type { Database } from '../state/database';
import { cloneValue, type Item } from '../values';
import { checkItemNesting } from './item-nesting-limit';
import { checkItemSize } from './item-size-limit';
import type { KeyedConditionParameters } from './prepare-delete';
import type { PreparedWrite } from './prepared-write';
import { parseWriteCondition } from './write-condition';

export interface UpdateParameters extends KeyedConditionParameters {
  UpdateExpression?: string;
  AttributeUpdates?: Record<string, AttributeValueUpdate>;
}

/** An Update checked without its table: its update (expression or legacy), condition and key values. */
export interface CheckedUpdate {
  kind: 'Update';
  input: UpdateParameters;
  update?: UpdateAst;
  attributeUpdates?: LegacyUpdate[];
  condition?: ConditionAst;
  key: Item;
}

/** Checks an UpdateItem (or a transaction's Update) as far as the request alone allows. */
export function checkUpdate(input: UpdateParameters): CheckedUpdate {
  checkLegacyParameters(input, ['AttributeUpdates', 'Expected', 'ConditionalOperator'], ['UpdateExpression', 'ConditionExpression']);
  const usage = startExpressionUsage(
    input,
    { UpdateExpression: input.UpdateExpression, ConditionExpression: input.ConditionExpression },
    ['UpdateExpression', 'ConditionExpression'],
  );
  const update = input.UpdateExpression !== undefined ? parseUpdate(input.UpdateExpression, usage) : undefined;
  const attributeUpdates = update === undefined && input.AttributeUpdates ? parseAttributeUpdates(input.AttributeUpdates) : undefined;
  const condition = parseWriteCondition(input, usage);
  usage.finish();
  return { kind: 'Update', input, update, attributeUpdates, condition, key: validateKeyValues(input.Key) };
}

/**
 * Checks an Update against its table (key schema, no update of a key attribute) and prepares
 * it. Without an update it still creates the item (key attributes only) when absent, as
 * DynamoDB does.
 */
export function prepareUpdate({ input, update, attributeUpdates, condition, key: values }: CheckedUpdate, database: Database): PreparedWrite {
  const table = database.table(input.TableName!);
  const key = validateKey(table.definition, values);
  const paths = update ? updatedPaths(update) : attributeUpdates ? attributeUpdatePaths(attributeUpdates) : [];
  const keyNames = keyAttributeNames(table.definition.keys);
  for (const path of paths) {
    const name = topLevelAttribute(path);
    if (keyNames.includes(name)) {
      throw validationError(`One or more parameter values were invalid: Cannot update attribute ${name}. This attribute is part of the key`);
    }
  }
  checkKeyPaths(table.definition, update ? updatePaths(update) : [], condition ? conditionPaths(condition) : []);
  return {
    kind: 'Update',
    table,
    key,
    condition,
    returnValuesOnConditionCheckFailure: input.ReturnValuesOnConditionCheckFailure,
    updatedPaths: paths,
    compute: (existing) => {
      const base = cloneValue(existing ?? key);
      const next = update ? applyUpdate(update, base) : attributeUpdates ? applyAttributeUpdates(attributeUpdates, base) : base;
      validateIndexKeys(table.definition, next);
      checkItemNesting(next);
      checkItemSize(next, 'update');
      return next;
    },
  };
}
