import type { BatchWriteCommandInput, BatchWriteCommandOutput } from '@aws-sdk/lib-dynamodb';
import { BatchWriteError } from '../../model/errors/errors';
import { buildBatchWriteParams } from '../../requests/batch/build-batch-write-params';
import { chunk } from '../../requests/batch/chunk';
import { dedupeByKey } from '../../requests/batch/dedupe-by-key';
import { keyIdentity } from '../../requests/batch/key-identity';
import { mapConcurrent } from './map-concurrent';
import { resolveRetryPolicy, type RetryPolicy } from '../retry/retry-policy';
import { retryUnprocessed, type OnRetry } from '../retry/retry-unprocessed';
import { writeTarget, type WriteRequest } from '../../requests/batch/write-request';

/** DynamoDB accepts at most 25 requests in one BatchWriteItem request. */
export const BATCH_WRITE_MAX_REQUESTS = 25;

export interface BatchWriteAllArgs {
  tableName: string;
  requests: readonly WriteRequest[];
  /** Names of the table's primary key attributes, e.g. ['PK', 'SK']. */
  keyAttributes: readonly string[];
  /** Sends one request; `attempt` is 1 for the first send of a chunk, more for its retries. */
  send: (params: BatchWriteCommandInput, attempt: number) => Promise<BatchWriteCommandOutput>;
  /** Requests in flight at once. Default 4. */
  concurrency?: number;
  retry?: Partial<RetryPolicy>;
  onRetry?: OnRetry;
}

/**
 * Writes any number of puts and deletes on ONE table with BatchWriteItem: chunks of 25 sent
 * concurrently, unprocessed items (and throttled chunks) retried with backoff. Throws
 * `BatchWriteError` listing the requests still unwritten after the last attempt.
 *
 * Several requests for one key: only the last is sent. DynamoDB rejects a key twice in one
 * request, and chunks run concurrently so spreading them over chunks could not keep their
 * order; the last request alone leaves the same final item.
 *
 * @example
 * await batchWriteAll({ tableName: 'app', keyAttributes: ['PK', 'SK'], send,
 *   requests: [{ type: 'put', item }, { type: 'delete', key: { PK: 'C#2', SK: 'P' } }] });
 */
export async function batchWriteAll(args: BatchWriteAllArgs): Promise<void> {
  const { tableName, keyAttributes } = args;
  const policy = resolveRetryPolicy(args.retry);
  const identityOf = (target: Record<string, unknown>) => keyIdentity(target, keyAttributes);
  const latestByKey = dedupeByKey(args.requests, (request) => identityOf(writeTarget(request)));

  const sendOnce = async (pending: WriteRequest[], attempt: number): Promise<WriteRequest[]> => {
    const output = await args.send(buildBatchWriteParams(tableName, pending), attempt);
    const unprocessed = output.UnprocessedItems?.[tableName] ?? [];
    return unprocessed.flatMap((entry): WriteRequest[] => {
      const target = entry.PutRequest?.Item ?? entry.DeleteRequest?.Key;
      if (!target) return [];
      // Hand back the caller's own request, so an error lists exactly what was asked for.
      const original = latestByKey.get(identityOf(target));
      if (original) return [original];
      return [entry.PutRequest ? { type: 'put', item: target } : { type: 'delete', key: target }];
    });
  };

  const outcomes = await mapConcurrent(
    chunk([...latestByKey.values()], BATCH_WRITE_MAX_REQUESTS),
    args.concurrency ?? 4,
    (requests) => retryUnprocessed(requests, sendOnce, policy, args.onRetry),
  );

  const left = outcomes.flatMap((outcome) => outcome.left);
  if (left.length > 0) {
    const cause = outcomes.find((outcome) => outcome.lastError !== undefined)?.lastError;
    throw new BatchWriteError(
      left.map((request) => ({ type: request.type, item: writeTarget(request) })),
      cause === undefined ? undefined : { cause },
    );
  }
}
