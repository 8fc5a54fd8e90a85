import type { TransactWriteItem, TransactWriteItemsInput } from '@aws-sdk/client-dynamodb';
import { EngineError, validationError } from '../errors';
import { CapacityTally, type ReturnConsumedCapacity } from '../capacity';
import type { OperationContext, OperationHandler, OperationOutput } from '../operation-context';
import { RETURN_CONSUMED_CAPACITY, RETURN_ITEM_COLLECTION_METRICS } from '../requests/common-parameters';
import { DuplicateKeyGuard } from '../requests/duplicate-keys';
import { ConstraintCheck } from '../schema/constraints';
import type { Item } from '../values';
import { encodeWireBinaries } from '../wire';
import {
  CONDITIONAL_CHECK_FAILED,
  commitWrite,
  conditionHolds,
  prepareDelete,
  preparePut,
  prepareUpdate,
  type PreparedWrite,
} from '../writes';

const MAX_ACTIONS = 100;
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
export const transactWriteItems: OperationHandler<TransactWriteItemsInput> = (input, context) => {
  checkConstraints(input);
  const token = input.ClientRequestToken;
  const nowMs = context.clock.nowMs();
  const fingerprint = token ? JSON.stringify(encodeWireBinaries([input.TransactItems, input.ReturnItemCollectionMetrics])) : '';
  if (token) {
    const remembered = context.transactionTokens.lookup(token, fingerprint, nowMs);
    if (remembered) return remembered;
  }
  const writes = prepareWrites(input.TransactItems!, context);
  const outcomes = writes.map((write) => evaluate(write, nowMs));
  const reasons = outcomes.map((outcome) => outcome.reason);
  if (reasons.some((reason) => reason.Code !== 'None')) {
    throw new EngineError(
      'TransactionCanceledException',
      `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((reason) => reason.Code).join(', ')}]`,
      { CancellationReasons: reasons },
    );
  }
  const tallies = new Map<string, CapacityTally>();
  writes.forEach((write, i) => {
    const { existing, next } = outcomes[i];
    commitWrite(write, existing, next);
    const tally = tallies.get(write.table.name) ?? new CapacityTally(write.table);
    tallies.set(write.table.name, write.kind === 'ConditionCheck' ? tally.addTable(2) : tally.chargeWrite(existing, next, 2));
  });
  const output: OperationOutput = {};
  const mode = input.ReturnConsumedCapacity as ReturnConsumedCapacity;
  if (mode === 'TOTAL' || mode === 'INDEXES') output.ConsumedCapacity = [...tallies.values()].map((tally) => tally.render(mode));
  if (token) context.transactionTokens.remember(token, fingerprint, nowMs, output);
  return output;
};

function checkConstraints(input: TransactWriteItemsInput): void {
  const check = new ConstraintCheck()
    .notNull(input.TransactItems, 'transactItems')
    .length(input.TransactItems, 'transactItems', 1, MAX_ACTIONS)
    .length(input.ClientRequestToken, 'clientRequestToken', 1, 36)
    .oneOf(input.ReturnConsumedCapacity, 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY)
    .oneOf(input.ReturnItemCollectionMetrics, 'returnItemCollectionMetrics', RETURN_ITEM_COLLECTION_METRICS);
  input.TransactItems?.forEach((action, i) => {
    const path = `transactItems.${i + 1}.member`;
    const present = ACTION_KINDS.filter((kind) => action[kind] !== undefined);
    for (const kind of present) {
      const body = action[kind] as { TableName?: string; ConditionExpression?: string };
      const bodyPath = `${path}.${kind[0].toLowerCase()}${kind.slice(1)}`;
      check.resourceName(body.TableName, `${bodyPath}.tableName`);
      if (kind === 'ConditionCheck') check.notNull(body.ConditionExpression, `${bodyPath}.conditionExpression`);
      if (kind === 'Put') check.notNull((action.Put ?? {}).Item, `${bodyPath}.item`);
      if (kind === 'Update') check.notNull((action.Update ?? {}).UpdateExpression, `${bodyPath}.updateExpression`);
    }
  });
  check.throwIfInvalid();
  for (const action of input.TransactItems!) {
    const count = ACTION_KINDS.filter((kind) => action[kind] !== undefined).length;
    if (count !== 1) {
      throw validationError('TransactItems can only contain one of Check, Put, Update or Delete');
    }
  }
}

function prepareWrites(actions: TransactWriteItem[], { database }: OperationContext): PreparedWrite[] {
  const duplicates = new DuplicateKeyGuard('Transaction request cannot include multiple operations on one item');
  return actions.map((action) => {
    const write = action.Put
      ? preparePut(action.Put, database)
      : action.Update
        ? prepareUpdate(action.Update, database)
        : action.Delete
          ? prepareDelete(action.Delete, database)
          : prepareDelete(action.ConditionCheck!, database, 'ConditionCheck');
    duplicates.add(write.table.name, write.table.definition.keys, write.key);
    return write;
  });
}

interface Outcome {
  reason: CancellationReason;
  existing?: Item;
  next?: Item;
}

function evaluate(write: PreparedWrite, nowMs: number): Outcome {
  const existing = write.table.liveItem(write.key, nowMs);
  if (!conditionHolds(write, existing)) {
    // Inside a transaction the reason's message ends with a full stop.
    const reason: CancellationReason = { Code: 'ConditionalCheckFailed', Message: `${CONDITIONAL_CHECK_FAILED}.` };
    if (write.returnValuesOnConditionCheckFailure === 'ALL_OLD' && existing) reason.Item = existing;
    return { reason };
  }
  try {
    return { reason: { Code: 'None' }, existing, next: write.compute(existing) };
  } catch (error) {
    if (error instanceof EngineError && error.type === 'ValidationException') {
      return { reason: { Code: 'ValidationError', Message: error.message } };
    }
    throw error;
  }
}
