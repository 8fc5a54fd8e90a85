import type {
  BatchGetItemInput,
  Get,
  GetItemInput,
  KeysAndAttributes,
  QueryInput,
  ScanInput,
  TransactGetItem,
  TransactGetItemsInput,
} from '@aws-sdk/client-dynamodb';
import { ATTRIBUTE_MAP, ATTRIBUTE_NAMES, CONDITIONS } from './attribute-value-shapes';
import { BOOLEAN, INTEGER, STRING, list, map, structure } from './shape';

/** GetItem, Query, Scan, BatchGetItem and TransactGetItems requests. */

export const GET_ITEM = structure<GetItemInput>({
  TableName: STRING,
  Key: ATTRIBUTE_MAP,
  AttributesToGet: list(STRING),
  ConsistentRead: BOOLEAN,
  ReturnConsumedCapacity: STRING,
  ProjectionExpression: STRING,
  ExpressionAttributeNames: ATTRIBUTE_NAMES,
});

export const QUERY = structure<QueryInput>({
  TableName: STRING,
  IndexName: STRING,
  Select: STRING,
  AttributesToGet: list(STRING),
  Limit: INTEGER,
  ConsistentRead: BOOLEAN,
  KeyConditions: CONDITIONS,
  QueryFilter: CONDITIONS,
  ConditionalOperator: STRING,
  ScanIndexForward: BOOLEAN,
  ExclusiveStartKey: ATTRIBUTE_MAP,
  ReturnConsumedCapacity: STRING,
  ProjectionExpression: STRING,
  FilterExpression: STRING,
  KeyConditionExpression: STRING,
  ExpressionAttributeNames: ATTRIBUTE_NAMES,
  ExpressionAttributeValues: ATTRIBUTE_MAP,
});

export const SCAN = structure<ScanInput>({
  TableName: STRING,
  IndexName: STRING,
  AttributesToGet: list(STRING),
  Limit: INTEGER,
  Select: STRING,
  ScanFilter: CONDITIONS,
  ConditionalOperator: STRING,
  ExclusiveStartKey: ATTRIBUTE_MAP,
  ReturnConsumedCapacity: STRING,
  TotalSegments: INTEGER,
  Segment: INTEGER,
  ProjectionExpression: STRING,
  FilterExpression: STRING,
  ExpressionAttributeNames: ATTRIBUTE_NAMES,
  ExpressionAttributeValues: ATTRIBUTE_MAP,
  ConsistentRead: BOOLEAN,
});

export const BATCH_GET_ITEM = structure<BatchGetItemInput>({
  RequestItems: map(
    structure<KeysAndAttributes>({
      Keys: list(ATTRIBUTE_MAP),
      AttributesToGet: list(STRING),
      ConsistentRead: BOOLEAN,
      ProjectionExpression: STRING,
      ExpressionAttributeNames: ATTRIBUTE_NAMES,
    }),
  ),
  ReturnConsumedCapacity: STRING,
});

export const TRANSACT_GET_ITEMS = structure<TransactGetItemsInput>({
  TransactItems: list(
    structure<TransactGetItem>({
      Get: structure<Get>({
        Key: ATTRIBUTE_MAP,
        TableName: STRING,
        ProjectionExpression: STRING,
        ExpressionAttributeNames: ATTRIBUTE_NAMES,
      }),
    }),
  ),
  ReturnConsumedCapacity: STRING,
});
