import { EngineError } from '../errors';
import { evaluateCondition } from '../expressions';
import type { Item } from '../values';
import type { PreparedWrite } from './prepared-write';

export const CONDITIONAL_CHECK_FAILED = 'The conditional request failed';

/** Whether the write's condition (if any) holds for the stored item. */
export function conditionHolds(write: PreparedWrite, existing: Item | undefined): boolean {
  return !write.condition || evaluateCondition(write.condition, existing);
}

/** The ConditionalCheckFailedException of a single-item write. */
export function conditionalCheckFailed(write: PreparedWrite, existing: Item | undefined): EngineError {
  const extra = write.returnValuesOnConditionCheckFailure === 'ALL_OLD' && existing ? { Item: existing } : {};
  return new EngineError('ConditionalCheckFailedException', CONDITIONAL_CHECK_FAILED, extra);
}
