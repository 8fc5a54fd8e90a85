import type {
  BatchWriteItemInput,
  ConditionCheck,
  Delete,
  DeleteItemInput,
  DeleteRequest,
  Put,
  PutItemInput,
  PutRequest,
  TransactWriteItem,
  TransactWriteItemsInput,
  Update,
  UpdateItemInput,
  WriteRequest,
} from '@aws-sdk/client-dynamodb';
import {
  ATTRIBUTE_MAP,
  ATTRIBUTE_NAMES,
  ATTRIBUTE_UPDATES,
  EXPECTED,
} from './attribute-value-shapes';
import { STRING, list, map, structure } from './shape';

/** PutItem, UpdateItem, DeleteItem, BatchWriteItem and TransactWriteItems requests. */

export const PUT_ITEM = structure<PutItemInput>({
  TableName: STRING,
  Item: ATTRIBUTE_MAP,
  Expected: EXPECTED,
  ReturnValues: STRING,
  ReturnConsumedCapacity: STRING,
  ReturnItemCollectionMetrics: STRING,
  ConditionalOperator: STRING,
  ConditionExpression: STRING,
  ExpressionAttributeNames: ATTRIBUTE_NAMES,
  ExpressionAttributeValues: ATTRIBUTE_MAP,
  ReturnValuesOnConditionCheckFailure: STRING,
});

export const UPDATE_ITEM = structure<UpdateItemInput>({
  TableName: STRING,
  Key: ATTRIBUTE_MAP,
  AttributeUpdates: ATTRIBUTE_UPDATES,
  Expected: EXPECTED,
  ConditionalOperator: STRING,
  ReturnValues: STRING,
  ReturnConsumedCapacity: STRING,
  ReturnItemCollectionMetrics: STRING,
  UpdateExpression: STRING,
  ConditionExpression: STRING,
  ExpressionAttributeNames: ATTRIBUTE_NAMES,
  ExpressionAttributeValues: ATTRIBUTE_MAP,
  ReturnValuesOnConditionCheckFailure: STRING,
});

export const DELETE_ITEM = structure<DeleteItemInput>({
  TableName: STRING,
  Key: ATTRIBUTE_MAP,
  Expected: EXPECTED,
  ConditionalOperator: STRING,
  ReturnValues: STRING,
  ReturnConsumedCapacity: STRING,
  ReturnItemCollectionMetrics: STRING,
  ConditionExpression: STRING,
  ExpressionAttributeNames: ATTRIBUTE_NAMES,
  ExpressionAttributeValues: ATTRIBUTE_MAP,
  ReturnValuesOnConditionCheckFailure: STRING,
});

export const BATCH_WRITE_ITEM = structure<BatchWriteItemInput>({
  RequestItems: map(
    list(
      structure<WriteRequest>({
        PutRequest: structure<PutRequest>({ Item: ATTRIBUTE_MAP }),
        DeleteRequest: structure<DeleteRequest>({ Key: ATTRIBUTE_MAP }),
      }),
    ),
  ),
  ReturnConsumedCapacity: STRING,
  ReturnItemCollectionMetrics: STRING,
});

/** The members every action of a transaction shares besides its own. */
const TRANSACT_ACTION = {
  TableName: STRING,
  ConditionExpression: STRING,
  ExpressionAttributeNames: ATTRIBUTE_NAMES,
  ExpressionAttributeValues: ATTRIBUTE_MAP,
  ReturnValuesOnConditionCheckFailure: STRING,
};

export const TRANSACT_WRITE_ITEMS = structure<TransactWriteItemsInput>({
  TransactItems: list(
    structure<TransactWriteItem>({
      ConditionCheck: structure<ConditionCheck>({ ...TRANSACT_ACTION, Key: ATTRIBUTE_MAP }),
      Put: structure<Put>({ ...TRANSACT_ACTION, Item: ATTRIBUTE_MAP }),
      Delete: structure<Delete>({ ...TRANSACT_ACTION, Key: ATTRIBUTE_MAP }),
      Update: structure<Update>({
        ...TRANSACT_ACTION,
        Key: ATTRIBUTE_MAP,
        UpdateExpression: STRING,
      }),
    }),
  ),
  ReturnConsumedCapacity: STRING,
  ReturnItemCollectionMetrics: STRING,
  ClientRequestToken: STRING,
});
