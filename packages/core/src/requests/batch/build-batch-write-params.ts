import type { BatchWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { WriteRequest } from './write-request';

/** The DocumentClient BatchWrite params for requests on ONE table (at most 25, one per key). */
export function buildBatchWriteParams(
  tableName: string,
  requests: WriteRequest[],
): BatchWriteCommandInput {
  return {
    RequestItems: {
      [tableName]: requests.map((request) =>
        request.type === 'put'
          ? { PutRequest: { Item: request.item } }
          : { DeleteRequest: { Key: request.key } },
      ),
    },
  };
}
