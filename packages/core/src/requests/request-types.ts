import type {
  CreateTableCommandInput,
  CreateTableCommandOutput,
  DescribeTableCommandInput,
  DescribeTableCommandOutput,
} from '@aws-sdk/client-dynamodb';
import type {
  BatchGetCommandInput,
  BatchGetCommandOutput,
  BatchWriteCommandInput,
  BatchWriteCommandOutput,
  DeleteCommandInput,
  DeleteCommandOutput,
  GetCommandInput,
  GetCommandOutput,
  PutCommandInput,
  PutCommandOutput,
  QueryCommandInput,
  QueryCommandOutput,
  ScanCommandInput,
  ScanCommandOutput,
  TransactGetCommandInput,
  TransactGetCommandOutput,
  TransactWriteCommandInput,
  TransactWriteCommandOutput,
  UpdateCommandInput,
  UpdateCommandOutput,
} from '@aws-sdk/lib-dynamodb';

/** The input of each DynamoDB operation monotable sends (DocumentClient-native values). */
export interface RequestInputs {
  PutItem: PutCommandInput;
  GetItem: GetCommandInput;
  UpdateItem: UpdateCommandInput;
  DeleteItem: DeleteCommandInput;
  Query: QueryCommandInput;
  Scan: ScanCommandInput;
  BatchGetItem: BatchGetCommandInput;
  BatchWriteItem: BatchWriteCommandInput;
  TransactWriteItems: TransactWriteCommandInput;
  TransactGetItems: TransactGetCommandInput;
  CreateTable: CreateTableCommandInput;
  DescribeTable: DescribeTableCommandInput;
}

/** The output of each operation. */
export interface RequestOutputs {
  PutItem: PutCommandOutput;
  GetItem: GetCommandOutput;
  UpdateItem: UpdateCommandOutput;
  DeleteItem: DeleteCommandOutput;
  Query: QueryCommandOutput;
  Scan: ScanCommandOutput;
  BatchGetItem: BatchGetCommandOutput;
  BatchWriteItem: BatchWriteCommandOutput;
  TransactWriteItems: TransactWriteCommandOutput;
  TransactGetItems: TransactGetCommandOutput;
  CreateTable: CreateTableCommandOutput;
  DescribeTable: DescribeTableCommandOutput;
}

export type OperationName = keyof RequestInputs;

type ExpressionFields =
  'ConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues';

/** A Put as both PutItem and a TransactWriteItems Put accept it. */
export type PutRequest = Pick<PutCommandInput, 'TableName' | 'Item' | ExpressionFields>;
/** An Update as both UpdateItem and a TransactWriteItems Update accept it. */
export type UpdateRequest = Pick<UpdateCommandInput, 'TableName' | 'Key' | ExpressionFields> & {
  UpdateExpression: string;
};
/** A Delete as both DeleteItem and a TransactWriteItems Delete accept it. */
export type DeleteRequest = Pick<DeleteCommandInput, 'TableName' | 'Key' | ExpressionFields>;
/** A TransactWriteItems ConditionCheck. */
export type CheckRequest = Pick<DeleteCommandInput, 'TableName' | 'Key' | ExpressionFields> & {
  ConditionExpression: string;
};
