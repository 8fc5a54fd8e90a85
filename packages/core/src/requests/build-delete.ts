import {
  ExpressionContext,
  cond,
  compileCondition,
  expressionParams,
  parseCondition,
  type ConditionNode,
} from './expressions';
import { buildPrimaryKey } from '../model/keys';
import type { EntityMetadata } from '../model/metadata/types';
import { entityAttributeResolver } from './attribute-resolver';
import { expectedVersionCondition } from './expected-version';
import type { PreparedWrite } from './prepared-write';
import type { DeleteRequest } from './request-types';
import { keySlotValues } from '../model/keys';

export interface ConditionalBuildOptions {
  condition?: object;
  expectedVersion?: number;
  /** A condition monotable adds itself (the unique guard), on physical paths. */
  guard?: ConditionNode;
}

function conditionParams(
  meta: EntityMetadata,
  options: ConditionalBuildOptions,
  requireItem: boolean,
): Pick<
  DeleteRequest,
  'ConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'
> {
  const conditions: (ConditionNode | undefined)[] = [];
  if (requireItem) conditions.push(cond.exists([meta.table.partitionKey]));
  conditions.push(options.guard);
  conditions.push(expectedVersionCondition(meta, options.expectedVersion));
  if (options.condition) {
    conditions.push(parseCondition(options.condition as any, entityAttributeResolver(meta)));
  }
  const node = cond.and(...conditions);
  if (!node) return {};
  const ctx = new ExpressionContext();
  return { ConditionExpression: compileCondition(node, ctx), ...expressionParams(ctx) };
}

function prepareKeyedWrite(
  kind: 'delete' | 'check',
  meta: EntityMetadata,
  tableName: string,
  keyValues: Record<string, unknown>,
  options: ConditionalBuildOptions,
): PreparedWrite {
  const key = buildPrimaryKey(meta, keyValues);
  const conditions = conditionParams(meta, options, kind === 'check');
  const facts = {
    entityName: meta.name,
    key,
    slotsOf: () => keySlotValues(meta, key),
    expectedVersion: options.expectedVersion,
    hasUserCondition: Boolean(options.condition),
  };
  const params = { TableName: tableName, Key: key, ...conditions };
  return kind === 'delete'
    ? { kind, ...facts, params }
    : // A check always has a condition: the item must exist.
      { kind, ...facts, params: { ...params, ConditionExpression: params.ConditionExpression! } };
}

/** DeleteItem: unconditional unless a condition or expected version is given. */
export function prepareDelete(
  meta: EntityMetadata,
  tableName: string,
  keyValues: Record<string, unknown>,
  options: ConditionalBuildOptions,
): PreparedWrite {
  return prepareKeyedWrite('delete', meta, tableName, keyValues, options);
}

/** ConditionCheck inside a transaction: the item must exist and satisfy the condition. */
export function prepareCheck(
  meta: EntityMetadata,
  tableName: string,
  keyValues: Record<string, unknown>,
  options: ConditionalBuildOptions,
): PreparedWrite {
  return prepareKeyedWrite('check', meta, tableName, keyValues, options);
}
