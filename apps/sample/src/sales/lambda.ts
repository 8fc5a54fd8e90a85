import 'reflect-metadata';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Monotable } from '@monotable/core';
import { SHOP_ENTITIES, ShopTable } from '../model';
import { SalesCounter } from './sales-counter';

/**
 * The sales counter as an AWS Lambda function (dist/sales/lambda.handler), for a deployment on
 * DynamoDB: an event source mapping on the shop table's stream calls it with batches of
 * records. Configure the mapping with `FunctionResponseTypes: ['ReportBatchItemFailures']`, so
 * a failed record is delivered again from where it failed (README.md, "Sales counters").
 */
const db = new Monotable({
  client: new DynamoDBClient({}),
  table: ShopTable,
  tableName: process.env.TABLE_NAME,
  entities: SHOP_ENTITIES,
});

export const handler = new SalesCounter(db).handler;
