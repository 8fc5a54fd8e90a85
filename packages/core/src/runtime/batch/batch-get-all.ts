import type { BatchGetCommandInput, BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { ConfigurationError } from '../../model/errors/errors';
import { BatchGetError } from './batch-get-error';
import {
  buildBatchGetParams,
  type BatchGetRequestOptions,
} from '../../requests/batch/build-batch-get-params';
import { chunk } from '../../requests/batch/chunk';
import { dedupeByKey } from '../../requests/batch/dedupe-by-key';
import { hasKeyAttributes, keyIdentity } from '../../requests/batch/key-identity';
import { mapConcurrent } from './map-concurrent';
import { resolveRetryPolicy, type RetryPolicy } from '../retry/retry-policy';
import { retryUnprocessed, type OnRetry } from '../retry/retry-unprocessed';

/** DynamoDB accepts at most 100 keys in one BatchGetItem request. */
export const BATCH_GET_MAX_KEYS = 100;

export interface BatchGetAllArgs extends BatchGetRequestOptions {
  tableName: string;
  keys: readonly Record<string, unknown>[];
  /** Names of the table's primary key attributes, e.g. ['PK', 'SK']. */
  keyAttributes: readonly string[];
  /** Sends one request; `attempt` is 1 for the first send of a chunk, more for its retries. */
  send: (params: BatchGetCommandInput, attempt: number) => Promise<BatchGetCommandOutput>;
  /** Requests in flight at once. Default 4. */
  concurrency?: number;
  retry?: Partial<RetryPolicy>;
  onRetry?: OnRetry;
}

/**
 * Reads any number of keys of ONE table with BatchGetItem: duplicates removed, chunks of 100
 * sent concurrently, unprocessed keys retried with backoff. The result is aligned with
 * `keys` (`undefined` where no item exists). Throws `BatchGetError` listing the keys still
 * unprocessed after the last attempt.
 *
 * @example
 * const [alice, bob] = await batchGetAll({ tableName: 'app', keyAttributes: ['PK', 'SK'],
 *   keys: [{ PK: 'C#1', SK: 'P' }, { PK: 'C#2', SK: 'P' }], send: (p) => doc.send(new BatchGetCommand(p)) });
 */
export async function batchGetAll(
  args: BatchGetAllArgs,
): Promise<(Record<string, unknown> | undefined)[]> {
  const { tableName, keyAttributes } = args;
  const policy = resolveRetryPolicy(args.retry);
  const identityOf = (key: Record<string, unknown>) => keyIdentity(key, keyAttributes);
  const uniqueKeys = dedupeByKey(args.keys, identityOf);
  const found = new Map<string, Record<string, unknown>>();

  const sendOnce = async (
    pending: Record<string, unknown>[],
    attempt: number,
  ): Promise<Record<string, unknown>[]> => {
    const output = await args.send(buildBatchGetParams(tableName, pending, args), attempt);
    for (const item of output.Responses?.[tableName] ?? []) {
      if (!hasKeyAttributes(item, keyAttributes)) {
        throw new ConfigurationError(
          `A batch get on ${tableName} returned an item without its key attributes ` +
            `(${keyAttributes.join(', ')}); the projection must include them`,
        );
      }
      found.set(identityOf(item), item);
    }
    // Hand back the caller's own key objects, so an error lists exactly what was asked for.
    const unprocessed = output.UnprocessedKeys?.[tableName]?.Keys ?? [];
    return unprocessed.map((key) => uniqueKeys.get(identityOf(key)) ?? key);
  };

  const outcomes = await mapConcurrent(
    chunk([...uniqueKeys.values()], BATCH_GET_MAX_KEYS),
    args.concurrency ?? 4,
    (keys) => retryUnprocessed(keys, sendOnce, policy, args.onRetry),
  );

  const left = outcomes.flatMap((outcome) => outcome.left);
  if (left.length > 0) {
    const cause = outcomes.find((outcome) => outcome.lastError !== undefined)?.lastError;
    throw new BatchGetError(
      tableName,
      left,
      cause === undefined ? undefined : { cause },
      args.keys.map((key) => found.get(identityOf(key))),
    );
  }
  return args.keys.map((key) => found.get(identityOf(key)));
}
