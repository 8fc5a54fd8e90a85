import {
  ExpressionContext,
  compileCondition,
  compileUpdate,
  cond,
  expressionParams,
  update,
  type ConditionNode,
  type UpdateAction,
} from './expressions';
import type { EntityMetadata } from '../model/metadata/types';
import type { UpdateRequest } from './request-types';
import { pickKey } from '../model/keys/pick-key';
import { sameStoredValue } from '../model/schema/same-stored-value';

/**
 * UpdateItem params turning the stored item `before` into `after`: only the attributes that
 * differ are set or removed, and the write holds only if the item is exactly as it was read
 * (every attribute still equal, none of the new ones added meanwhile), so a concurrent write
 * is never clobbered. `undefined` when nothing differs.
 */
export function prepareRewrite(
  meta: EntityMetadata,
  tableName: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): UpdateRequest | undefined {
  const { table } = meta;
  const primaryKey = new Set([table.partitionKey, table.sortKey]);
  const actions: UpdateAction[] = [];
  const conditions: (ConditionNode | undefined)[] = [cond.exists([table.partitionKey])];
  for (const [name, value] of Object.entries(before)) {
    if (primaryKey.has(name)) continue;
    conditions.push(cond.eq([name], value));
    if (!(name in after)) actions.push(update.remove([name]));
  }
  for (const [name, value] of Object.entries(after)) {
    if (primaryKey.has(name)) continue;
    if (!(name in before)) conditions.push(cond.notExists([name]));
    if (!sameStoredValue(before[name], value)) actions.push(update.set([name], value));
  }
  if (actions.length === 0) return undefined;
  const ctx = new ExpressionContext();
  return {
    TableName: tableName,
    Key: pickKey(before, [table.partitionKey, table.sortKey]),
    UpdateExpression: compileUpdate(actions, ctx),
    ConditionExpression: compileCondition(cond.and(...conditions)!, ctx),
    ...expressionParams(ctx),
  };
}
