import { randomUUID } from 'node:crypto';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import {
  TransactionCanceledError,
  TransactionConflictError,
  TransactionTooLargeError,
  type CancellationReason,
} from '../errors';
import { explainConditionFailure } from '../operations/condition-failure';
import type { PreparedWrite } from '../operations/prepared-write';
import type { RequestExecutor } from '../operations/request-executor';

/** DynamoDB's limit on actions in one TransactWriteItems / TransactGetItems request. */
export const MAX_TRANSACTION_ITEMS = 100;

const actionName: Record<PreparedWrite['kind'], string> = {
  create: 'Put',
  put: 'Put',
  update: 'Update',
  delete: 'Delete',
  check: 'ConditionCheck',
};

function assertSendable(writes: PreparedWrite[]) {
  if (writes.length > MAX_TRANSACTION_ITEMS) {
    throw new TransactionTooLargeError(
      `A transaction holds at most ${MAX_TRANSACTION_ITEMS} operations; this one has ${writes.length}. ` +
        'Splitting it would lose atomicity: split it yourself where atomicity is not needed.',
    );
  }
  const seen = new Map<string, PreparedWrite>();
  for (const write of writes) {
    const id = JSON.stringify([write.params.TableName, write.key]);
    const earlier = seen.get(id);
    if (earlier) {
      throw new TransactionConflictError(
        `The transaction ${earlier.kind}s and ${write.kind}s the same ${write.entityName} ${JSON.stringify(write.key)}; ` +
          'DynamoDB allows one operation per item in a transaction',
      );
    }
    seen.set(id, write);
  }
}

function toReasons(
  writes: PreparedWrite[],
  error: { CancellationReasons?: Array<{ Code?: string; Message?: string; Item?: any }> },
  versionAttributeOf: (entityName: string) => string | undefined,
): CancellationReason[] {
  const reasons: CancellationReason[] = [];
  (error.CancellationReasons ?? []).forEach((reason, index) => {
    if (!reason.Code || reason.Code === 'None') return;
    const write = writes[index];
    const item = reason.Item ? unmarshall(reason.Item) : undefined;
    reasons.push({
      index,
      operation: write.kind,
      entity: write.entityName,
      key: write.key,
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

/** Sends prepared writes as one TransactWriteItems request, all or nothing. */
export async function runTransaction(
  executor: RequestExecutor,
  writes: PreparedWrite[],
  options: { idempotencyToken?: string },
  versionAttributeOf: (entityName: string) => string | undefined,
): Promise<void> {
  if (writes.length === 0) return;
  assertSendable(writes);
  const TransactItems = writes.map((write) => {
    const params = { ...write.params };
    if (params.ConditionExpression) params.ReturnValuesOnConditionCheckFailure = 'ALL_OLD';
    return { [actionName[write.kind]]: params };
  });
  try {
    await executor.send('TransactWriteItems', {
      TransactItems,
      ClientRequestToken: options.idempotencyToken ?? randomUUID(),
    });
  } catch (error: any) {
    if (error?.name !== 'TransactionCanceledException') throw error;
    throw new TransactionCanceledError(toReasons(writes, error, versionAttributeOf), {
      cause: error,
    });
  }
}
