import { TransactionJoinError } from '../model/errors';
import type { Connection } from './connection';
import { assertTransactionSize, runTransaction } from './run-transaction';
import { runInUnitOfWork, UnitOfWork, unitOfWorkFor } from './unit-of-work';

/**
 * Runs `fn` as a unit of work of `connection` and sends what it recorded as one
 * TransactWriteItems (nothing when it throws); inside a running one, `fn` joins it instead.
 * `builderFor` gives `fn` its way to record operations on the unit.
 */
export async function runUnitOfWork<B, R>(
  connection: Connection,
  builderFor: (unit: UnitOfWork) => B,
  fn: (tx: B) => R | PromiseLike<R>,
  options: { idempotencyToken?: string },
  versionAttributeOf: (entityName: string) => string | undefined,
): Promise<Awaited<R>> {
  const outer = unitOfWorkFor(connection);
  if (outer) {
    if (options.idempotencyToken !== undefined) {
      throw new TransactionJoinError(
        'a transaction started inside another joins it and cannot have an idempotency token of its own',
      );
    }
    return await fn(builderFor(outer));
  }
  const unit = new UnitOfWork(connection);
  const result = await runInUnitOfWork(unit, () => fn(builderFor(unit)));
  const writes = await unit.close();
  // Checked before sending: DynamoDB would refuse the request with a less helpful message.
  assertTransactionSize(unit.size);
  await runTransaction(connection.executor, writes, options, versionAttributeOf);
  return result;
}
