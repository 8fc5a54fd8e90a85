import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { groupItems, viewKeys, type GridPartition } from './grid-items';
import { StudioRequestError } from './http-io';
import { decodePageCursor, encodePageCursor } from './page-cursor';
import type { StudioContext } from './studio-context';

export interface GridPageRequest {
  /** An index name; the table when absent. */
  index?: string;
  /** One partition key value: a Query of that item collection instead of a page of a Scan. */
  partition?: string;
  cursor?: string | null;
  limit?: number;
}

export interface GridPage {
  index: string;
  operation: 'Query' | 'Scan';
  partitions: GridPartition[];
  count: number;
  cursor?: string;
  consumedCapacity?: unknown;
}

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

function checkIndex(context: StudioContext, index: string | undefined): void {
  if (index && !context.model.table.indexes[index]) {
    throw new StudioRequestError(404, 'INDEX_UNKNOWN', `The table has no index named ${index}`);
  }
}

/**
 * One page of the grid: a Query of one item collection when `partition` is given, else one page
 * of a Scan (at most `limit` items: never the whole table unless the user asks for it).
 */
export async function readGridPage(
  context: StudioContext,
  request: GridPageRequest,
): Promise<GridPage> {
  const { index, partition } = request;
  checkIndex(context, index);
  const limit = Math.min(Math.max(Math.floor(request.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);
  const common = {
    TableName: context.model.tableName,
    ...(index ? { IndexName: index } : {}),
    Limit: limit,
    ExclusiveStartKey: decodePageCursor(request.cursor ?? null),
    ReturnConsumedCapacity: 'TOTAL' as const,
  };
  const keys = viewKeys(context.model.table, index);
  let output;
  if (partition !== undefined && partition !== '') {
    if (keys.partitionKey.length !== 1) {
      throw new StudioRequestError(
        400,
        'PARTITION_UNSUPPORTED',
        `Index ${index} has a multi-attribute partition key`,
      );
    }
    output = await context.documents.send(
      new QueryCommand({
        ...common,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': keys.partitionKey[0] },
        ExpressionAttributeValues: { ':pk': partition },
      }),
    );
  } else {
    output = await context.documents.send(new ScanCommand(common));
  }
  const items = (output.Items ?? []) as Record<string, unknown>[];
  return {
    index: index ?? 'table',
    operation: partition ? 'Query' : 'Scan',
    partitions: groupItems(context.model.table, index, items),
    count: items.length,
    cursor: encodePageCursor(output.LastEvaluatedKey),
    consumedCapacity: output.ConsumedCapacity,
  };
}
