import type { GetCommandInput, QueryCommandInput, ScanCommandInput } from '@aws-sdk/lib-dynamodb';
import {
  ExpressionContext,
  cond,
  compileCondition,
  compileKeyCondition,
  compileProjection,
  expressionParams,
  parseCondition,
} from './expressions';
import { ConfigurationError } from '../model/errors';
import { buildPrimaryKey, renderPartitionKey, translateSortKeyCondition } from '../model/keys';
import type { EntityMetadata } from '../model/metadata/types';
import { entityAttributeResolver } from './attribute-resolver';
import { attributeKeyCondition } from './attribute-key-condition';

/** Stored attribute names for `select`, plus what monotable itself needs to read back. */
function projectionPaths(
  meta: EntityMetadata,
  select: readonly string[],
  extra: (string | undefined)[],
) {
  const names = new Set<string>();
  for (const property of select) {
    const attribute = meta.attributes.get(property);
    if (!attribute) {
      throw new ConfigurationError(`select: '${property}' is not an attribute of ${meta.name}`);
    }
    names.add(attribute.attributeName);
  }
  for (const name of extra) if (name) names.add(name);
  return [...names].map((name) => [name]);
}

/** GetItem params for `get(key, { consistent, select })`. */
export function prepareGet(
  meta: EntityMetadata,
  tableName: string,
  keyValues: Record<string, unknown>,
  options: { consistent?: boolean; select?: readonly string[] },
): GetCommandInput {
  const params: GetCommandInput = {
    TableName: tableName,
    Key: buildPrimaryKey(meta, keyValues),
  };
  if (options.consistent) params.ConsistentRead = true;
  if (options.select?.length) {
    const ctx = new ExpressionContext();
    const { table } = meta;
    params.ProjectionExpression = compileProjection(
      projectionPaths(meta, options.select, [
        table.entityTypeAttribute,
        table.schemaVersionAttribute,
      ]),
      ctx,
    );
    Object.assign(params, expressionParams(ctx));
  }
  return params;
}

export interface ReadOptions {
  index?: string;
  /**
   * Other entities' items can match the key condition (nested sort keys), so the entity-type
   * filter discards items like a user filter does.
   */
  sharedSortPrefix?: boolean;
  where?: object;
  filter?: object;
  order?: 'asc' | 'desc';
  select?: readonly string[];
  consistent?: boolean;
}

/** A Query or Scan ready to page through, with what a cursor needs. */
export type PreparedRead = PreparedQuery | PreparedScan;
export type PreparedQuery = ReadFacts & { operation: 'Query'; params: QueryCommandInput };
export type PreparedScan = ReadFacts & { operation: 'Scan'; params: ScanCommandInput };

interface ReadFacts {
  /** Attributes that form LastEvaluatedKey for this table/index, to build cursors from items. */
  cursorKeyAttributes: string[];
  /** Binds cursors to this query: a cursor from another query is rejected. */
  fingerprint: string;
  hasUserFilter: boolean;
}

/** The attributes of a LastEvaluatedKey: the table's key, and the index's key attributes. */
function keyAttributesFor(meta: EntityMetadata, index?: string): string[] {
  const { table } = meta;
  const names = [table.partitionKey, table.sortKey];
  if (index) {
    const keys = table.keySchema(index);
    names.push(...keys.partitionKey, ...keys.sortKey);
  }
  return [...new Set(names.filter((n): n is string => Boolean(n)))];
}

/** The key condition of a query, with what identifies it in cursors. */
function keyCondition(
  meta: EntityMetadata,
  partition: Record<string, unknown>,
  options: ReadOptions,
  ctx: ExpressionContext,
): { expression: string; identity: string } {
  if (options.index && meta.attributeIndexes[options.index]) {
    const { equalities, sort } = attributeKeyCondition(
      meta,
      options.index,
      partition,
      options.where as Record<string, unknown> | undefined,
    );
    return {
      expression: compileKeyCondition(equalities, sort, ctx),
      identity: JSON.stringify([equalities, sort ?? null], binaryAsBase64),
    };
  }
  const templates = options.index ? meta.indexes[options.index] : meta.keys;
  if (!templates) {
    throw new ConfigurationError(
      `${meta.name} does not use index '${options.index}'; declare it in @Entity({ indexes })`,
    );
  }
  const keyNames = meta.table.keyAttributes(options.index);
  const partitionValue = renderPartitionKey(templates.pk, partition, meta.attributes, meta.name);
  const sort = translateSortKeyCondition(
    templates.sk,
    options.where as any,
    meta.attributes,
    meta.name,
  );
  const expression = compileKeyCondition(
    { attribute: keyNames.partitionKey, value: partitionValue },
    sort && keyNames.sortKey ? { attribute: keyNames.sortKey, ...sort } : undefined,
    ctx,
  );
  return { expression, identity: `${partitionValue}|${JSON.stringify(sort ?? null)}` };
}

const binaryAsBase64 = (_: string, value: unknown) =>
  value instanceof Uint8Array ? Buffer.from(value).toString('base64') : value;

function readExpressions(
  meta: EntityMetadata,
  options: ReadOptions,
  ctx: ExpressionContext,
  keyAttributes: string[],
) {
  const { table } = meta;
  const params: Pick<QueryCommandInput, 'FilterExpression' | 'ProjectionExpression'> = {};
  const filter = cond.and(
    cond.eq([table.entityTypeAttribute], meta.name),
    options.filter
      ? parseCondition(options.filter as any, entityAttributeResolver(meta))
      : undefined,
  );
  params.FilterExpression = compileCondition(filter!, ctx);
  if (options.select?.length) {
    params.ProjectionExpression = compileProjection(
      projectionPaths(meta, options.select, [
        ...keyAttributes,
        table.entityTypeAttribute,
        table.schemaVersionAttribute,
      ]),
      ctx,
    );
  }
  return params;
}

/** Query params for `query(partition, options)` on the table or one of its indexes. */
export function prepareQuery(
  meta: EntityMetadata,
  tableName: string,
  partition: Record<string, unknown>,
  options: ReadOptions,
): PreparedQuery {
  const ctx = new ExpressionContext();
  const key = keyCondition(meta, partition, options, ctx);
  const cursorKeyAttributes = keyAttributesFor(meta, options.index);
  const params: QueryCommandInput = { TableName: tableName };
  if (options.index) params.IndexName = options.index;
  params.KeyConditionExpression = key.expression;
  Object.assign(params, readExpressions(meta, options, ctx, cursorKeyAttributes));
  if (options.order === 'desc') params.ScanIndexForward = false;
  if (options.consistent) params.ConsistentRead = true;
  Object.assign(params, expressionParams(ctx));
  return {
    operation: 'Query',
    params,
    cursorKeyAttributes,
    fingerprint: `query|${meta.name}|${options.index ?? ''}|${key.identity}|${options.order ?? 'asc'}`,
    hasUserFilter: Boolean(options.filter) || Boolean(options.sharedSortPrefix),
  };
}

/** Scan params (one segment) filtered by entity type. */
export function prepareScan(
  meta: EntityMetadata,
  tableName: string,
  options: ReadOptions & { segment?: number; totalSegments?: number },
): PreparedScan {
  const ctx = new ExpressionContext();
  const cursorKeyAttributes = keyAttributesFor(meta, options.index);
  const params: ScanCommandInput = { TableName: tableName };
  if (options.index) params.IndexName = options.index;
  Object.assign(params, readExpressions(meta, options, ctx, cursorKeyAttributes));
  if (options.totalSegments && options.totalSegments > 1) {
    params.Segment = options.segment ?? 0;
    params.TotalSegments = options.totalSegments;
  }
  Object.assign(params, expressionParams(ctx));
  return {
    operation: 'Scan',
    params,
    cursorKeyAttributes,
    fingerprint: `scan|${meta.name}|${options.index ?? ''}|${options.totalSegments ?? 1}`,
    hasUserFilter: Boolean(options.filter),
  };
}

/** Query/Scan with Select COUNT (prepared without `select`, so no projection to drop). */
export function asCount<R extends PreparedRead>(read: R): R {
  return { ...read, params: { ...read.params, Select: 'COUNT' } };
}
