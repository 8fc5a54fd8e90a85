import { validationError } from '../errors';
import { ConstraintCheck } from '../schema/constraints';

// Enum lists in the order DynamoDB prints them in its constraint messages.
export const RETURN_CONSUMED_CAPACITY = ['INDEXES', 'TOTAL', 'NONE'] as const;
export const RETURN_VALUES = ['ALL_NEW', 'UPDATED_OLD', 'ALL_OLD', 'NONE', 'UPDATED_NEW'] as const;
export const RETURN_ITEM_COLLECTION_METRICS = ['SIZE', 'NONE'] as const;
export const RETURN_VALUES_ON_CONDITION_CHECK_FAILURE = ['ALL_OLD', 'NONE'] as const;
export const SELECT = ['SPECIFIC_ATTRIBUTES', 'COUNT', 'ALL_ATTRIBUTES', 'ALL_PROJECTED_ATTRIBUTES'] as const;

/** The parameters most item operations share, checked against DynamoDB's declared constraints. */
export interface CommonItemParameters {
  TableName?: string;
  ReturnConsumedCapacity?: string;
  ReturnValues?: string;
  ReturnItemCollectionMetrics?: string;
  ReturnValuesOnConditionCheckFailure?: string;
}

export function checkCommonParameters(input: CommonItemParameters, check = new ConstraintCheck()): ConstraintCheck {
  checkReturnValues(input.ReturnValues, RETURN_VALUES);
  return check
    .resourceName(input.TableName)
    .oneOf(input.ReturnConsumedCapacity, 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY)
    .oneOf(input.ReturnItemCollectionMetrics, 'returnItemCollectionMetrics', RETURN_ITEM_COLLECTION_METRICS)
    .oneOf(
      input.ReturnValuesOnConditionCheckFailure,
      'returnValuesOnConditionCheckFailure',
      RETURN_VALUES_ON_CONDITION_CHECK_FAILURE,
    );
}

/** ReturnValues outside what the operation allows (or not a ReturnValues at all). */
export function checkReturnValues(value: string | undefined, allowed: readonly string[]): void {
  if (value !== undefined && !allowed.includes(value)) throw validationError('Return values set to invalid value');
}

/** Query and Scan's Select (DynamoDB Local's wording). */
export function checkSelect(value: string | undefined): void {
  if (value !== undefined && !(SELECT as readonly string[]).includes(value)) {
    throw validationError('Select must be ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES, COUNT, or SPECIFIC_ATTRIBUTES');
  }
}
