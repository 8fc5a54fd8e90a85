import type { BatchGetCommandInput } from '@aws-sdk/lib-dynamodb';

/**
 * A projection already compiled by the expressions layer. It must project the key attributes:
 * they are how returned items are matched back to the keys that asked for them.
 */
export interface BatchGetProjection {
  expression: string;
  names?: Record<string, string>;
}

export interface BatchGetRequestOptions {
  consistent?: boolean;
  projection?: BatchGetProjection;
}

/** The DocumentClient BatchGet params for keys of ONE table (at most 100 keys, no duplicates). */
export function buildBatchGetParams(
  tableName: string,
  keys: Record<string, unknown>[],
  options: BatchGetRequestOptions = {},
): BatchGetCommandInput {
  return {
    RequestItems: {
      [tableName]: {
        Keys: keys,
        ...(options.consistent !== undefined && { ConsistentRead: options.consistent }),
        ...(options.projection && { ProjectionExpression: options.projection.expression }),
        ...(options.projection?.names && { ExpressionAttributeNames: options.projection.names }),
      },
    },
  };
}
