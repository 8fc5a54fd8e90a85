import { ExpressionContext, cond, compileCondition, expressionParams } from './expressions';
import { instantiateForWrite, type UlidSource } from '../model/entity';
import { toItem } from '../model/mapping';
import type { EntityMetadata } from '../model/metadata/types';
import { assertItemSize } from '../model/size';
import { factsOf } from '../model/entity-model';
import { validateEntity } from '../model/validation';
import { pickKey } from '../model/keys/pick-key';
import type { PreparedPut } from './prepared-write';
import type { PutRequest } from './request-types';
import { keySlotValues } from '../model/keys';

/**
 * `create` (the key must be free) or `put` (replace whatever is there): instantiate with
 * generated ids and timestamps, validate, render keys, check the size.
 */
export async function preparePut<T>(
  meta: EntityMetadata,
  tableName: string,
  data: object,
  now: Date,
  mode: 'create' | 'put',
  newUlid?: UlidSource,
): Promise<PreparedPut<T>> {
  const entity = instantiateForWrite<T>(meta, data, now, mode, newUlid);
  await validateEntity(entity as object, meta.name, {
    constrained: factsOf(meta).constrainedProperties,
  });
  const item = toItem(meta, entity as Record<string, unknown>);
  assertItemSize(item, meta.name);
  const { partitionKey, sortKey } = meta.table;
  const params: PutRequest = { TableName: tableName, Item: item };
  if (mode === 'create') {
    const ctx = new ExpressionContext();
    params.ConditionExpression = compileCondition(cond.notExists([partitionKey]), ctx);
    Object.assign(params, expressionParams(ctx));
  }
  const key = pickKey(item, [partitionKey, sortKey]);
  return {
    kind: mode,
    entityName: meta.name,
    key,
    slotsOf: () => keySlotValues(meta, key),
    params,
    entity,
  };
}
