import { randomUUID } from 'node:crypto';
import {
  IdempotencyTokenError,
  TransactionCanceledError,
  TransactionConflictError,
  TransactionTooLargeError,
  type CancellationReason,
} from '../model/errors';
import { explainConditionFailure } from './condition-failure';
import type { PreparedWrite } from '../requests/prepared-write';
import { isUnreadableRefusal, storedItemOf } from './send-write';
import { attributeValueSize, itemSize } from '../model/size';
import type { RequestExecutor } from './request-executor';
import { describeItem } from '../model/errors/describe-item';

/** DynamoDB's limit on actions in one TransactWriteItems / TransactGetItems request. */
export const MAX_TRANSACTION_ITEMS = 100;

type RawReason = { Code?: string; Message?: string; Item?: any };

const actionName: Record<PreparedWrite['kind'], string> = {
  create: 'Put',
  put: 'Put',
  update: 'Update',
  delete: 'Delete',
  check: 'ConditionCheck',
};

function describe(write: PreparedWrite): string {
  const { marker } = write;
  return marker
    ? `${marker.action}s the @Unique marker of ${write.entityName}.${marker.property} = ${JSON.stringify(marker.value)}`
    : `${write.kind}s ${describeItem(write.entityName, write.slotsOf?.(), write.key)}`;
}

/** Refuses more operations than one TransactWriteItems accepts (never split: that loses atomicity). */
export function assertTransactionSize(operations: number, markers = 0): void {
  if (operations <= MAX_TRANSACTION_ITEMS) return;
  throw new TransactionTooLargeError(
    `A transaction holds at most ${MAX_TRANSACTION_ITEMS} operations; this one has ${operations}` +
      `${markers ? ` (${markers} of them @Unique markers)` : ''}. ` +
      'Splitting it would lose atomicity: split it yourself where atomicity is not needed.',
  );
}

/** DynamoDB's limit on the aggregate size of the items in one transaction. */
export const MAX_TRANSACTION_BYTES = 4 * 1024 * 1024;

/**
 * The bytes a write adds to a transaction: a Put's whole item; for the others, the key and the
 * values the request carries (an update's final item size is only known to DynamoDB).
 */
function writeBytes(write: PreparedWrite): number {
  if (write.kind === 'create' || write.kind === 'put') return itemSize(write.params.Item ?? {});
  const values = Object.values(write.params.ExpressionAttributeValues ?? {});
  return (
    itemSize(write.key) + values.reduce<number>((sum, value) => sum + attributeValueSize(value), 0)
  );
}

function assertSendable(writes: PreparedWrite[]) {
  assertTransactionSize(writes.length, writes.filter((write) => write.marker).length);
  const bytes = writes.reduce((sum, write) => sum + writeBytes(write), 0);
  if (bytes > MAX_TRANSACTION_BYTES) {
    throw new TransactionTooLargeError(
      `A transaction's items add up to at most ${MAX_TRANSACTION_BYTES} bytes (4 MB) in DynamoDB; ` +
        `this one holds ${bytes} bytes. Nothing was written: split it where atomicity is not needed`,
    );
  }
  const seen = new Map<string, PreparedWrite>();
  for (const write of writes) {
    const id = JSON.stringify([write.params.TableName, write.key]);
    const earlier = seen.get(id);
    if (earlier) {
      throw new TransactionConflictError(
        earlier.marker || write.marker
          ? `One operation of the transaction ${describe(earlier)} and another ${describe(write)}; ` +
              'DynamoDB allows one operation per item in a transaction: split the transaction'
          : `The transaction ${earlier.kind}s and ${write.kind}s the same ${describeItem(write.entityName, write.slotsOf?.(), write.key)}; ` +
              'DynamoDB allows one operation per item in a transaction',
      );
    }
    seen.set(id, write);
  }
}

function toReasons(
  writes: PreparedWrite[],
  error: { CancellationReasons?: RawReason[] },
  versionAttributeOf: (entityName: string) => string | undefined,
): CancellationReason[] {
  const reasons: CancellationReason[] = [];
  (error.CancellationReasons ?? []).forEach((reason, index) => {
    if (!reason.Code || reason.Code === 'None') return;
    const write = writes[index];
    const item = storedItemOf(reason.Item);
    const { marker } = write;
    reasons.push({
      index: write.operationIndex ?? index,
      operation: marker?.owner.kind ?? write.kind,
      entity: write.entityName,
      key: marker?.owner.key ?? write.key,
      ...(marker
        ? { marker: { action: marker.action, property: marker.property, value: marker.value } }
        : {}),
      code: reason.Code,
      message: reason.Message,
      item,
      error:
        reason.Code === 'ConditionalCheckFailed'
          ? explainConditionFailure(write, item, versionAttributeOf(write.entityName), error)
          : undefined,
    });
  });
  return reasons;
}

/**
 * Marker releases that failed because another item has claimed the value since (its previous
 * owner had expired by TTL): leaving them alone is right, so the transaction is sent again
 * without them. Undefined when anything else failed.
 */
function foreignReleases(writes: PreparedWrite[], reasons: RawReason[] = []) {
  const failed = reasons.flatMap((reason, index) =>
    reason.Code && reason.Code !== 'None' ? [{ reason, write: writes[index] }] : [],
  );
  const releases = failed.every(
    ({ reason, write }) =>
      reason.Code === 'ConditionalCheckFailed' && write?.marker?.action === 'release',
  );
  return failed.length && releases ? new Set(failed.map(({ write }) => write)) : undefined;
}

/**
 * Sends prepared writes as one TransactWriteItems request, all or nothing. Cancellation reasons
 * point at the caller's operations (`operationIndex`), markers included.
 */
export async function runTransaction(
  executor: RequestExecutor,
  writes: PreparedWrite[],
  options: { idempotencyToken?: string },
  versionAttributeOf: (entityName: string) => string | undefined,
): Promise<void> {
  if (writes.length === 0) return;
  assertSendable(writes);
  const token = options.idempotencyToken;
  if (token !== undefined && (typeof token !== 'string' || token.length < 1 || token.length > 36)) {
    throw new IdempotencyTokenError(
      `An idempotency token is a string of 1 to 36 characters; got ${
        typeof token === 'string' ? `${token.length} characters` : typeof token
      }. Nothing was written`,
    );
  }
  const TransactItems = writes.map((write) => {
    const params = write.params.ConditionExpression
      ? { ...write.params, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const }
      : write.params;
    return { [actionName[write.kind]]: params };
  });
  try {
    await executor.send('TransactWriteItems', {
      TransactItems,
      ClientRequestToken: token ?? randomUUID(),
    });
  } catch (error: any) {
    if (error?.name === 'IdempotentParameterMismatchException') {
      throw new IdempotencyTokenError(
        `The idempotency token ${JSON.stringify(token)} was used within the last 10 minutes for ` +
          'a transaction with other operations; nothing was written. Use a new token for a new transaction',
        { cause: error },
      );
    }
    if (isUnreadableRefusal(error)) {
      // Cancelled, but the reasons (with items the SDK cannot read) are lost.
      throw new TransactionCanceledError([], { cause: error });
    }
    if (error?.name !== 'TransactionCanceledException') throw error;
    const foreign = foreignReleases(writes, error.CancellationReasons);
    if (foreign) {
      const rest = writes.filter((write) => !foreign.has(write));
      return runTransaction(executor, rest, {}, versionAttributeOf);
    }
    throw new TransactionCanceledError(toReasons(writes, error, versionAttributeOf), {
      cause: error,
    });
  }
}
