import { setTimeout as sleep } from 'node:timers/promises';
import { versionAttribute } from '../entity';
import {
  ConditionalCheckFailedError,
  ItemNotFoundError,
  TransactionCanceledError,
} from '../errors';
import type { EntityMetadata } from '../metadata/types';
import type { RequestExecutor } from '../operations/request-executor';
import { runTransaction } from '../transactions/run-transaction';
import { guardBroken, type PreparedOperation } from '../unique';
import { sendWrite } from './send-write';

/** Attempts when the item changed between the read and the guarded write. */
const GUARD_ATTEMPTS = 3;
/** Attempts when DynamoDB cancels for a conflicting concurrent transaction on a marker. */
const CONFLICT_ATTEMPTS = 5;

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
function aloneError(error: TransactionCanceledError): Error {
  const main = error.reasons.find((reason) => !reason.marker && reason.error);
  const claim = error.reasons.find((reason) => reason.marker?.action === 'claim' && reason.error);
  return main?.error ?? claim?.error ?? error;
}

async function sendTransaction(
  executor: RequestExecutor,
  meta: EntityMetadata,
  operation: PreparedOperation,
): Promise<void> {
  const version = versionAttribute(meta)?.attributeName;
  for (let attempt = 1; ; attempt++) {
    try {
      return await runTransaction(executor, operation.writes, {}, (name) =>
        name === meta.name ? version : undefined,
      );
    } catch (error) {
      const conflict =
        error instanceof TransactionCanceledError &&
        error.reasons.length > 0 &&
        error.reasons.every((reason) => reason.code === 'TransactionConflict');
      if (!conflict || attempt >= CONFLICT_ATTEMPTS) throw error;
      await sleep(Math.random() * 20 * 2 ** attempt);
    }
  }
}

/**
 * Sends one caller operation: its single write as it is, or — when @Unique markers come with
 * it — the item and its markers in one TransactWriteItems, with the typed error the operation
 * would raise alone (ItemExistsError, UniqueConstraintError, ...). An operation prepared from a
 * read is prepared and sent again when the item changed in between.
 */
export async function sendOperation(
  executor: RequestExecutor,
  meta: EntityMetadata,
  prepare: () => Promise<PreparedOperation>,
  returnValues?: 'ALL_NEW' | 'ALL_OLD',
): Promise<{ operation: PreparedOperation; returned?: Record<string, unknown> }> {
  for (let attempt = 1; ; attempt++) {
    const operation = await prepare();
    const [main] = operation.writes;
    try {
      if (operation.writes.length === 1) {
        return { operation, returned: await sendWrite(executor, meta, main, returnValues) };
      }
      await sendTransaction(executor, meta, operation);
      return { operation };
    } catch (error) {
      const stored = storedAfter(error);
      if (attempt < GUARD_ATTEMPTS && stored.known && guardBroken(main, stored.item)) continue;
      throw error instanceof TransactionCanceledError ? aloneError(error) : error;
    }
  }
}
