import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { primaryKeyAttributes } from '../model/keys/pick-key';
import {
  ExpressionContext,
  cond,
  compileCondition,
  compileKeyCondition,
  expressionParams,
} from './expressions';
import type { SortKeyCondition } from '../model/keys/sort-key-condition';
import type { Table } from '../model/table';
import type { PreparedQuery } from './build-read';

export interface CollectionQueryInput {
  /** The rendered partition key value. */
  partition: string;
  /** Sort key range covering every kind of item wanted; undefined for the whole partition. */
  sort?: SortKeyCondition;
  /** Discriminator values of the entities to return (a FilterExpression on the entity type). */
  entityNames: readonly string[];
  order?: 'asc' | 'desc';
  consistent?: boolean;
}

/**
 * A Query over one item collection of the table returning several entity types at once: the
 * key condition spans their sort keys, the filter keeps only the wanted types.
 *
 * @example
 * prepareCollectionQuery(table, 'app', { partition: 'CUSTOMER#c1',
 *   sort: { op: 'between', value: 'ADDRESS#', value2: 'PROFILE' }, entityNames: ['Customer', 'Address'] })
 */
export function prepareCollectionQuery(
  table: Table,
  tableName: string,
  input: CollectionQueryInput,
): PreparedQuery {
  const ctx = new ExpressionContext();
  const params: QueryCommandInput = { TableName: tableName };
  params.KeyConditionExpression = compileKeyCondition(
    { attribute: table.partitionKey, value: input.partition },
    input.sort && table.sortKey ? { attribute: table.sortKey, ...input.sort } : undefined,
    ctx,
  );
  const names = [...new Set(input.entityNames)];
  const typePath = [table.entityTypeAttribute];
  params.FilterExpression = compileCondition(
    names.length === 1 ? cond.eq(typePath, names[0]) : cond.in(typePath, names),
    ctx,
  );
  if (input.order === 'desc') params.ScanIndexForward = false;
  if (input.consistent) params.ConsistentRead = true;
  Object.assign(params, expressionParams(ctx));
  return {
    operation: 'Query',
    params,
    cursorKeyAttributes: primaryKeyAttributes(table),
    fingerprint: `collection|${names.join(',')}|${input.partition}|${JSON.stringify(input.sort ?? null)}|${input.order ?? 'asc'}`,
    hasUserFilter: true,
  };
}
