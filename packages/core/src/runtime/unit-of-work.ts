import { AsyncLocalStorage } from 'node:async_hooks';
import { TransactionJoinError } from '../model/errors';
import type { EntityMetadata } from '../model/metadata/types';
import { prepareOperation, type PreparedOperation } from '../requests/prepare-operation';
import type { PreparedWrite } from '../requests/prepared-write';
import { foldMarkerHandovers } from '../requests/unique';
import type { WriteContext, WriteIntent } from '../requests/write-intent';
import type { Connection } from './connection';
import { writeContext } from './write-context';

/**
 * The writes of one `db.transaction()`: every write recorded while it runs — through its
 * builder or by a repository, relation handle or service called inside it — goes through the
 * write pipeline at once (so a bad value throws at the call) and is sent with the others as one
 * TransactWriteItems when the transaction's callback returns.
 */
export class UnitOfWork {
  private readonly operations: Array<Promise<PreparedWrite[]>> = [];
  private readonly context: WriteContext;
  private closed = false;

  constructor(readonly connection: Connection) {
    this.context = writeContext(connection, 'transaction');
  }

  /** Number of operations recorded (markers not counted). */
  get size(): number {
    return this.operations.length;
  }

  /** Prepares one operation and records it; resolves with it once prepared. */
  record<T>(meta: EntityMetadata, intent: WriteIntent): Promise<PreparedOperation<T> | undefined> {
    if (this.closed) {
      throw new TransactionJoinError(
        `a ${intent.kind} of ${meta.name} was made after its transaction's callback returned: ` +
          'await every call made inside the transaction',
      );
    }
    const prepared = prepareOperation<T>(meta, intent, this.context);
    const writes = prepared.then((operation) => operation?.writes ?? []);
    // The failure reaches the caller through `prepared` and the commit through `writes()`.
    writes.catch(() => undefined);
    this.operations.push(writes);
    return prepared;
  }

  /**
   * Ends the recording and returns every recorded write in call order, each tagged with the
   * position of its operation; the first failed preparation rejects (then nothing is sent).
   */
  async close(): Promise<PreparedWrite[]> {
    this.closed = true;
    const operations = await Promise.all(this.operations);
    return foldMarkerHandovers(
      operations.flatMap((writes, operationIndex) =>
        writes.map((write) => ({ ...write, operationIndex })),
      ),
    );
  }
}

const active = new AsyncLocalStorage<UnitOfWork>();

/** Runs `fn` with `unit` as the transaction that writes made inside it join. */
export function runInUnitOfWork<R>(unit: UnitOfWork, fn: () => R): R {
  return active.run(unit, fn);
}

/**
 * The transaction a write on `connection` joins here, if one is running. A transaction of
 * another connection is an error: one TransactWriteItems is sent by one client to one table.
 */
export function unitOfWorkFor(connection: Connection): UnitOfWork | undefined {
  const unit = active.getStore();
  if (unit === undefined) return undefined;
  if (unit.connection !== connection) {
    throw new TransactionJoinError(
      `this call uses the connection to table "${connection.tableName}" inside a transaction of the ` +
        `connection to table "${unit.connection.tableName}"; a transaction writes through one connection`,
    );
  }
  return unit;
}

/**
 * Refuses a call that cannot take part in a running transaction of `connection` (a batch, a
 * migration, a consistent read): it would be sent on its own, outside the transaction's
 * all-or-nothing guarantee.
 */
export function refuseInUnitOfWork(connection: Connection, call: string, why: string): void {
  if (unitOfWorkFor(connection) === undefined) return;
  throw new TransactionJoinError(`${call} cannot run inside a transaction: ${why}`);
}
