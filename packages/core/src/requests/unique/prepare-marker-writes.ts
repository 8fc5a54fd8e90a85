import { ExpressionContext, cond, compileCondition, expressionParams } from '../expressions';
import type { ConditionNode } from '../expressions';
import { ttlAttribute } from '../../model/entity';
import type { AttributeMetadata, EntityMetadata } from '../../model/metadata/types';
import type { PreparedWrite } from '../prepared-write';
import { MARKER_OWNER_PK, MARKER_OWNER_SK, UNIQUE_MARKER_TYPE, markerKey } from './marker-key';
import { uniqueAttributes } from './unique-attributes';
import type { UniqueSnapshot } from './unique-snapshot';

function ownedBy(meta: EntityMetadata, ownerKey: Record<string, unknown>): ConditionNode {
  const { partitionKey, sortKey } = meta.table;
  return cond.and(
    cond.eq([MARKER_OWNER_PK], ownerKey[partitionKey]),
    sortKey ? cond.eq([MARKER_OWNER_SK], ownerKey[sortKey]) : undefined,
  )!;
}

function conditionParams(node: ConditionNode) {
  const ctx = new ExpressionContext();
  return { ConditionExpression: compileCondition(node, ctx), ...expressionParams(ctx) };
}

/**
 * Put of the marker reserving `value`: allowed when there is no marker, when it is the owner's
 * own (re-claimed, e.g. with a new TTL), or when its TTL has passed — DynamoDB deletes expired
 * items only eventually, and an expired marker must not keep a value taken.
 */
function claim(
  meta: EntityMetadata,
  tableName: string,
  owner: PreparedWrite,
  attribute: AttributeMetadata,
  value: unknown,
  ttl: unknown,
  now: Date,
): PreparedWrite {
  const { table } = meta;
  const key = markerKey(meta, attribute, value);
  const ttlAttr = ttlAttribute(meta);
  const item: Record<string, unknown> = {
    ...key,
    [table.entityTypeAttribute]: UNIQUE_MARKER_TYPE,
    [MARKER_OWNER_PK]: owner.key[table.partitionKey],
  };
  if (table.sortKey) item[MARKER_OWNER_SK] = owner.key[table.sortKey];
  if (ttlAttr && ttl !== undefined) item[ttlAttr.attributeName] = ttl;
  const condition = cond.or(
    cond.notExists([table.partitionKey]),
    ownedBy(meta, owner.key),
    ttlAttr ? cond.lt([ttlAttr.attributeName], Math.floor(now.getTime() / 1000)) : undefined,
  )!;
  return {
    kind: 'put',
    entityName: meta.name,
    key,
    params: { TableName: tableName, Item: item, ...conditionParams(condition) },
    marker: {
      action: 'claim',
      property: attribute.propertyName,
      value,
      owner: { kind: owner.kind, key: owner.key },
    },
  };
}

/** Delete of the owner's marker for `value`; a marker another item has claimed since is left alone. */
function release(
  meta: EntityMetadata,
  tableName: string,
  owner: PreparedWrite,
  attribute: AttributeMetadata,
  value: unknown,
): PreparedWrite {
  const key = markerKey(meta, attribute, value);
  const condition = cond.or(cond.notExists([meta.table.partitionKey]), ownedBy(meta, owner.key))!;
  return {
    kind: 'delete',
    entityName: meta.name,
    key,
    params: { TableName: tableName, Key: key, ...conditionParams(condition) },
    marker: {
      action: 'release',
      property: attribute.propertyName,
      value,
      owner: { kind: owner.kind, key: owner.key },
    },
  };
}

/**
 * The marker writes that go with a write of `owner` changing the item's unique values from
 * `before` to `after` (undefined: no item): release values given up, claim new ones, and
 * re-claim kept ones when the TTL changes (markers carry their item's TTL). Each marker is
 * touched once.
 */
export function prepareMarkerWrites(
  meta: EntityMetadata,
  tableName: string,
  owner: PreparedWrite,
  before: UniqueSnapshot | undefined,
  after: UniqueSnapshot | undefined,
  now: Date,
): PreparedWrite[] {
  const ttlName = ttlAttribute(meta)?.attributeName;
  const ttlBefore = ttlName ? before?.values[ttlName] : undefined;
  const ttlAfter = ttlName ? after?.values[ttlName] : undefined;
  const writes: PreparedWrite[] = [];
  for (const attribute of uniqueAttributes(meta)) {
    const old = before?.values[attribute.attributeName];
    const value = after?.values[attribute.attributeName];
    if (old !== undefined && old !== value) {
      writes.push(release(meta, tableName, owner, attribute, old));
    }
    if (value !== undefined && (old !== value || ttlBefore !== ttlAfter)) {
      writes.push(claim(meta, tableName, owner, attribute, value, ttlAfter, now));
    }
  }
  return writes;
}
