import type { DeleteTableInput } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors';
import type { Operation } from '../operation-context';
import { ConstraintCheck } from '../schema/constraints';
import { describeTable } from '../schema/describe-table';

export const deleteTable: Operation<DeleteTableInput, string> = {
  check: (input) => {
    new ConstraintCheck().resourceName(input.TableName).throwIfInvalid();
    return input.TableName!;
  },
  run: (tableName, { database }) => {
    const table = database.table(tableName);
    if (table.definition.deletionProtectionEnabled) {
      throw validationError('Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.');
    }
    database.drop(table.name);
    return { TableDescription: describeTable(table) };
  },
};
