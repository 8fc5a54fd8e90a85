import type { CreateTableInput } from '@aws-sdk/client-dynamodb';
import { EngineError } from '../errors';
import type { OperationHandler } from '../operation-context';
import { describeTable } from '../schema/describe-table';
import { parseTableDefinition } from '../schema/parse-table-definition';

/** CreateTable: the table is ACTIVE at once (DynamoDB takes seconds; tests should not wait). */
export const createTable: OperationHandler<CreateTableInput> = (input, { database, clock }) => {
  const definition = parseTableDefinition(input, clock.nowMs());
  if (database.has(definition.name)) {
    throw new EngineError('ResourceInUseException', 'Cannot create preexisting table');
  }
  return { TableDescription: describeTable(database.create(definition)) };
};
