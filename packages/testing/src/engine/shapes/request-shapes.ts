import { checkStructure } from './check-shape';
import { BATCH_GET_ITEM, GET_ITEM, QUERY, SCAN, TRANSACT_GET_ITEMS } from './read-operation-shapes';
import type { StructureShape } from './shape';
import {
  CREATE_TABLE,
  DELETE_TABLE,
  DESCRIBE_TABLE,
  DESCRIBE_TIME_TO_LIVE,
  LIST_TABLES,
  UPDATE_TABLE,
  UPDATE_TIME_TO_LIVE,
} from './table-operation-shapes';
import {
  BATCH_WRITE_ITEM,
  DELETE_ITEM,
  PUT_ITEM,
  TRANSACT_WRITE_ITEMS,
  UPDATE_ITEM,
} from './write-operation-shapes';

/** The request shape of every operation the engine serves, by its DynamoDB name. */
export const REQUEST_SHAPES: ReadonlyMap<string, StructureShape> = new Map([
  ['BatchGetItem', BATCH_GET_ITEM],
  ['BatchWriteItem', BATCH_WRITE_ITEM],
  ['CreateTable', CREATE_TABLE],
  ['DeleteItem', DELETE_ITEM],
  ['DeleteTable', DELETE_TABLE],
  ['DescribeTable', DESCRIBE_TABLE],
  ['DescribeTimeToLive', DESCRIBE_TIME_TO_LIVE],
  ['GetItem', GET_ITEM],
  ['ListTables', LIST_TABLES],
  ['PutItem', PUT_ITEM],
  ['Query', QUERY],
  ['Scan', SCAN],
  ['TransactGetItems', TRANSACT_GET_ITEMS],
  ['TransactWriteItems', TRANSACT_WRITE_ITEMS],
  ['UpdateItem', UPDATE_ITEM],
  ['UpdateTable', UPDATE_TABLE],
  ['UpdateTimeToLive', UPDATE_TIME_TO_LIVE],
]);

/**
 * A request body checked against its operation's shape, as DynamoDB deserializes it before
 * anything else looks at the request. An operation without a shape is passed on unchanged: the
 * engine does not serve it and answers UnknownOperationException.
 */
export function checkRequestShape(
  operation: string,
  input: Record<string, unknown>,
): Record<string, unknown> {
  const shape = REQUEST_SHAPES.get(operation);
  return shape ? checkStructure(input, shape) : input;
}
