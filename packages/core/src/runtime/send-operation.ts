import { versionAttribute } from '../model/entity';
import {
  ConditionalCheckFailedError,
  ItemNotFoundError,
  TransactionCanceledError,
} from '../model/errors';
import type { EntityMetadata } from '../model/metadata/types';
import type { PreparedOperation } from '../requests/prepare-operation';
import { guardBroken } from '../requests/unique';
import type { Connection } from './connection';
import type { RetryReason } from './request-executor';
import { backoffDelay } from './retry/backoff-delay';
import { runTransaction } from './run-transaction';
import { sendWrite } from './send-write';

/** What a failure says about the stored item; `known: false` when it says nothing. */
function storedAfter(error: unknown): { known: boolean; item?: Record<string, unknown> } {
  if (error instanceof ConditionalCheckFailedError) return { known: true, item: error.item };
  if (error instanceof ItemNotFoundError) return { known: true };
  if (error instanceof TransactionCanceledError) {
    const main = error.reasons.find((reason) => reason.index === 0 && !reason.marker);
    if (main?.code === 'ConditionalCheckFailed') return { known: true, item: main.item };
  }
  return { known: false };
}

/** The error the operation would raise alone: its item's first, else the taken unique value. */
function aloneError(error: unknown): unknown {
  if (!(error instanceof TransactionCanceledError)) return error;
  const main = error.reasons.find((reason) => !reason.marker && reason.error);
  const claim = error.reasons.find((reason) => reason.marker?.action === 'claim' && reason.error);
  return main?.error ?? claim?.error ?? error;
}

function isConflict(error: unknown): boolean {
  return (
    error instanceof TransactionCanceledError &&
    error.reasons.length > 0 &&
    error.reasons.every((reason) => reason.code === 'TransactionConflict')
  );
}

export interface SendOperationOptions {
  returnValues?: 'ALL_NEW' | 'ALL_OLD';
  /**
   * Called with a failure the policy does not retry by itself; true when the cause was
   * repaired (an old item upgraded) and the operation should be prepared and sent again.
   */
  recover?: (error: unknown) => Promise<boolean>;
  /** Called before each retry. */
  onRetry?: (reason: RetryReason, attempt: number) => void;
  /**
   * Sends at most this many times (default: the policy's `maxAttempts`). A write made inside
   * another operation's retry loop sends once, so that loops never nest.
   */
  maxAttempts?: number;
}

export interface SentOperation<T> {
  operation: PreparedOperation<T>;
  /** The item DynamoDB returned (ReturnValues), when sent alone. */
  returned?: Record<string, unknown>;
  /** Recorded in a running transaction, to be sent when it commits. */
  joined?: true;
}

/**
 * The one sender of a caller's write: its single write as it is, or — when @Unique markers
 * come with it — the item and its markers in one TransactWriteItems, with the typed error the
 * operation would raise alone (ItemExistsError, UniqueConstraintError, ...). Under the
 * connection's retry policy (one loop, never nested): an operation prepared from a read is
 * prepared again when the item changed in between, a transaction cancelled by a concurrent one
 * is sent again after a backoff, and `recover` may repair a failure's cause.
 * `undefined` when the prepared operation writes nothing.
 */
export async function sendOperation<T>(
  connection: Connection,
  meta: EntityMetadata,
  prepare: () => Promise<PreparedOperation<T> | undefined>,
  options: SendOperationOptions = {},
): Promise<SentOperation<T> | undefined> {
  const policy = connection.retry;
  const maxAttempts = options.maxAttempts ?? policy.maxAttempts;
  let reason: RetryReason = 'changed';
  for (let attempt = 1; ; attempt++) {
    const executor = connection.executor.retrying(attempt, reason);
    const operation = await prepare();
    if (!operation) return undefined;
    const [main] = operation.writes;
    try {
      if (operation.writes.length === 1) {
        const returned = await sendWrite(executor, meta, main, options.returnValues);
        return { operation, returned };
      }
      const version = versionAttribute(meta)?.attributeName;
      await runTransaction(executor, operation.writes, {}, (name) =>
        name === meta.name ? version : undefined,
      );
      return { operation };
    } catch (error) {
      if (attempt >= maxAttempts) throw aloneError(error);
      const stored = storedAfter(error);
      if (stored.known && guardBroken(main, stored.item)) {
        reason = 'changed';
      } else if (isConflict(error)) {
        reason = 'conflict';
        await policy.sleep(backoffDelay(attempt - 1, policy));
      } else if (options.recover && (await options.recover(aloneError(error)))) {
        reason = 'upgraded';
      } else {
        throw aloneError(error);
      }
      options.onRetry?.(reason, attempt + 1);
    }
  }
}
