import type { Operation } from '../operation-context';
import { batchGetItem } from './batch-get-item';
import { batchWriteItem } from './batch-write-item';
import { createTable } from './create-table';
import { deleteItem } from './delete-item';
import { deleteTable } from './delete-table';
import { describeTable } from './describe-table';
import { describeTimeToLive } from './describe-time-to-live';
import { getItem } from './get-item';
import { listTables } from './list-tables';
import { putItem } from './put-item';
import { query } from './query';
import { scan } from './scan';
import { transactGetItems } from './transact-get-items';
import { transactWriteItems } from './transact-write-items';
import { updateItem } from './update-item';
import { updateTable } from './update-table';
import { updateTimeToLive } from './update-time-to-live';

/** Every operation the engine serves, by its DynamoDB name. */
export const operationHandlers: Readonly<Record<string, Operation>> = {
  BatchGetItem: batchGetItem,
  BatchWriteItem: batchWriteItem,
  CreateTable: createTable,
  DeleteItem: deleteItem,
  DeleteTable: deleteTable,
  DescribeTable: describeTable,
  DescribeTimeToLive: describeTimeToLive,
  GetItem: getItem,
  ListTables: listTables,
  PutItem: putItem,
  Query: query,
  Scan: scan,
  TransactGetItems: transactGetItems,
  TransactWriteItems: transactWriteItems,
  UpdateItem: updateItem,
  UpdateTable: updateTable,
  UpdateTimeToLive: updateTimeToLive,
};
