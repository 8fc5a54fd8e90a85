import type { TransactWriteItem, TransactWriteItemsInput } from '@aws-sdk/client-dynamodb';
import { EngineError, validationError } from '../errors';
import { readUnits, TableTallies, type ReturnConsumedCapacity } from '../capacity';
import type { Operation, OperationContext, OperationOutput } from '../operation-context';
import { RETURN_CONSUMED_CAPACITY, RETURN_ITEM_COLLECTION_METRICS } from '../requests/common-parameters';
import { DuplicateKeyGuard } from '../requests/duplicate-keys';
import { ConstraintCheck } from '../schema/constraints';
import { keyMessages } from '../schema/key-validation';
import { itemSize, type Item } from '../values';
import { encodeWireBinaries } from '../wire';
import {
  CONDITIONAL_CHECK_FAILED,
  checkDelete,
  checkPut,
  checkUpdate,
  commitWrite,
  conditionHolds,
  prepareWrite,
  type CheckedWrite,
  type PreparedWrite,
} from '../writes';

const MAX_ACTIONS = 100;
/** DynamoDB's limit on the aggregate size of a transaction's items. */
const MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;
const ACTION_KINDS = ['ConditionCheck', 'Put', 'Delete', 'Update'] as const;

interface CancellationReason {
  Code: string;
  Message?: string;
  Item?: Item;
}

/**
 * TransactWriteItems: every action is validated and evaluated against the current data before
 * any is applied; one failure cancels all, with a reason per action in request order.
 */
export const transactWriteItems: Operation<TransactWriteItemsInput, { input: TransactWriteItemsInput; writes: CheckedWrite[] }> = {
  check: (input) => {
    return { input, writes: checkConstraints(input).map(checkAction) };
  },
  run: ({ input, writes: checked }, context) => {
    const token = input.ClientRequestToken;
    const nowMs = context.clock.nowMs();
    const fingerprint = token ? JSON.stringify(encodeWireBinaries([input.TransactItems, input.ReturnItemCollectionMetrics])) : '';
    if (token) {
      const remembered = context.transactionTokens.lookup(token, fingerprint, nowMs);
      if (remembered) return remembered;
    }
    const actions = prepareActions(checked, context);
    const outcomes = actions.map((action) => evaluate(action, nowMs));
    const reasons = outcomes.map((outcome) => outcome.reason);
    if (reasons.some((reason) => reason.Code !== 'None')) {
      throw new EngineError(
        'TransactionCanceledException',
        `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((reason) => reason.Code).join(', ')}]`,
        { CancellationReasons: reasons },
      );
    }
    const tallies = new TableTallies('presized');
    outcomes.forEach(({ write, existing, next }) => {
      if (!write) return;
      commitWrite(write, existing, next);
      // Everything costs double in a transaction: a ConditionCheck a (strongly consistent) read of its item, a write its write.
      if (write.kind === 'ConditionCheck') tallies.of(write.table).addTable(readUnits(existing ? itemSize(existing) : 0, true) * 2);
      else tallies.of(write.table).chargeWrite(existing, next, 2);
    });
    const output: OperationOutput = {};
    const capacity = tallies.render(input.ReturnConsumedCapacity as ReturnConsumedCapacity);
    if (capacity) output.ConsumedCapacity = capacity;
    if (token) context.transactionTokens.remember(token, fingerprint, nowMs, output);
    return output;
  },
};

/** One action checked as far as the request alone allows. */
function checkAction(action: TransactWriteItem): CheckedWrite {
  if (action.Put) return checkPut(action.Put);
  if (action.Update) return checkUpdate(action.Update);
  if (action.Delete) return checkDelete(action.Delete);
  return checkDelete(action.ConditionCheck!, 'ConditionCheck');
}

/** The request's own constraints; returns its actions. */
function checkConstraints(input: TransactWriteItemsInput): TransactWriteItem[] {
  // DynamoDB Local words these three without the usual "1 validation error detected" frame.
  // It fails (HTTP 500) on a null action; the engine reads it as an empty one.
  const actions = (input.TransactItems ?? []).map((action): TransactWriteItem => action ?? {});
  if (actions.length === 0) {
    throw validationError("Value [] at 'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1");
  }
  if (actions.length > MAX_ACTIONS) throw validationError(`Member must have length less than or equal to ${MAX_ACTIONS}`);
  const token = input.ClientRequestToken;
  if (token !== undefined && (token.length < 1 || token.length > 36)) {
    throw validationError(`Value ${token} at 'clientRequestToken' failed to satisfy constraint: Member must have length less than or equal to 36`);
  }
  const check = new ConstraintCheck()
    .oneOf(input.ReturnConsumedCapacity, 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY)
    .oneOf(input.ReturnItemCollectionMetrics, 'returnItemCollectionMetrics', RETURN_ITEM_COLLECTION_METRICS);
  actions.forEach((action, i) => {
    const path = `transactItems.${i + 1}.member`;
    const present = ACTION_KINDS.filter((kind) => action[kind] !== undefined);
    for (const kind of present) {
      const body = action[kind] as { TableName?: string; ConditionExpression?: string };
      const bodyPath = `${path}.${kind[0].toLowerCase()}${kind.slice(1)}`;
      check.resourceName(body.TableName);
      if (kind === 'ConditionCheck') check.notNull(body.ConditionExpression, `${bodyPath}.conditionExpression`);
      if (kind === 'Put') check.notNull((action.Put ?? {}).Item, `${bodyPath}.item`);
      if (kind === 'Update') check.notNull((action.Update ?? {}).UpdateExpression, `${bodyPath}.updateExpression`);
    }
  });
  check.throwIfInvalid();
  for (const action of actions) {
    const count = ACTION_KINDS.filter((kind) => action[kind] !== undefined).length;
    if (count === 0) throw validationError('Invalid Request: TransactWriteRequest should contain Delete or Put or Update request');
    if (count > 1) throw validationError('TransactItems can only contain one of Check, Put, Update or Delete');
  }
  checkPayloadSize(actions);
  return actions;
}

/**
 * DynamoDB (Local) adds up the items of the actions in order and refuses the transaction at the
 * first one that takes the total past 4 MB, naming the total reached.
 */
function checkPayloadSize(actions: TransactWriteItem[]): void {
  let size = 0;
  for (const action of actions) {
    const item = action.Put?.Item ?? (action.Update ?? action.Delete ?? action.ConditionCheck)?.Key;
    if (item) size += sizeOfUnchecked(item as Item);
    if (size > MAX_PAYLOAD_BYTES) {
      throw validationError(`Transaction payload size cannot exceed 4MB. Payload Size: ${size}`);
    }
  }
}

/** The size of an item whose values are not checked yet: what it cannot size counts nothing (it is refused next). */
function sizeOfUnchecked(item: Item): number {
  try {
    return itemSize(item);
  } catch {
    return 0;
  }
}

/** An action ready to evaluate, or the reason it cancels the transaction. */
type PreparedAction = { write: PreparedWrite } | { validationError: string };

/**
 * Looks up each action's table and checks it against the table, in request order. A value of
 * the wrong type for a key or index key, or an update of a key attribute, does not fail the
 * request: it cancels the transaction with a ValidationError reason for that action.
 */
function prepareActions(actions: CheckedWrite[], { database }: OperationContext): PreparedAction[] {
  const duplicates = new DuplicateKeyGuard('Transaction request cannot include multiple operations on one item');
  return actions.map((action) => {
    try {
      const write = prepareWrite(action, database);
      duplicates.add(write.table.name, write.table.definition.keys, write.key);
      return { write };
    } catch (error) {
      if (cancelsTransaction(error)) return { validationError: error.message };
      throw error;
    }
  });
}

const CANCELLING_VALIDATIONS = [keyMessages.keyTypeMismatch, keyMessages.indexKeyTypeMismatch, 'One or more parameter values were invalid: Cannot update attribute'];

function cancelsTransaction(error: unknown): error is EngineError {
  return error instanceof EngineError && error.type === 'ValidationException' && CANCELLING_VALIDATIONS.some((start) => error.message.startsWith(start));
}

interface Outcome {
  reason: CancellationReason;
  write?: PreparedWrite;
  existing?: Item;
  next?: Item;
}

function evaluate(action: PreparedAction, nowMs: number): Outcome {
  if ('validationError' in action) return { reason: { Code: 'ValidationError', Message: action.validationError } };
  const { write } = action;
  const existing = write.table.liveItem(write.key, nowMs);
  if (!conditionHolds(write, existing)) {
    // DynamoDB Local ends the message with a full stop for a ConditionCheck only.
    const message = write.kind === 'ConditionCheck' ? `${CONDITIONAL_CHECK_FAILED}.` : CONDITIONAL_CHECK_FAILED;
    const reason: CancellationReason = { Code: 'ConditionalCheckFailed', Message: message };
    if (write.returnValuesOnConditionCheckFailure === 'ALL_OLD' && existing) reason.Item = existing;
    return { reason };
  }
  // A write that is invalid for the stored data (e.g. arithmetic on a missing attribute) fails
  // the whole request with a ValidationException in DynamoDB Local, not a cancellation reason.
  try {
    return { reason: { Code: 'None' }, write, existing, next: write.compute(existing) };
  } catch (error) {
    if (cancelsTransaction(error)) return { reason: { Code: 'ValidationError', Message: error.message } };
    throw error;
  }
}
