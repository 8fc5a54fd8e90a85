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
  return check
    .resourceName(input.TableName, 'tableName')
    .oneOf(input.ReturnConsumedCapacity, 'returnConsumedCapacity', RETURN_CONSUMED_CAPACITY)
    .oneOf(input.ReturnValues, 'returnValues', RETURN_VALUES)
    .oneOf(input.ReturnItemCollectionMetrics, 'returnItemCollectionMetrics', RETURN_ITEM_COLLECTION_METRICS)
    .oneOf(
      input.ReturnValuesOnConditionCheckFailure,
      'returnValuesOnConditionCheckFailure',
      RETURN_VALUES_ON_CONDITION_CHECK_FAILURE,
    );
}
