import type { CreateTableInput } from '@aws-sdk/client-dynamodb';
import { EngineError } from '../errors';
import type { Operation } from '../operation-context';
import { describeTable } from '../schema/describe-table';
import { parseTableDefinition } from '../schema/parse-table-definition';

/** CreateTable: the table is ACTIVE at once (DynamoDB takes seconds; tests should not wait). */
export const createTable: Operation<CreateTableInput, CreateTableInput> = {
  check: (input) => {
    parseTableDefinition(input);
    return input;
  },
  run: (input, { database, clock }) => {
    if (database.has(input.TableName!)) throw new EngineError('ResourceInUseException', 'Cannot create preexisting table');
    return { TableDescription: describeTable(database.create(parseTableDefinition(input, clock.nowMs()))) };
  },
};
