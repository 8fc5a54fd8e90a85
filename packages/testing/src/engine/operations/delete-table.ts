import type { DeleteTableInput } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors';
import type { OperationHandler } from '../operation-context';
import { ConstraintCheck } from '../schema/constraints';
import { describeTable } from '../schema/describe-table';

export const deleteTable: OperationHandler<DeleteTableInput> = (input, { database }) => {
  new ConstraintCheck().resourceName(input.TableName).throwIfInvalid();
  const table = database.table(input.TableName!);
  if (table.definition.deletionProtectionEnabled) {
    throw validationError('Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.');
  }
  database.drop(table.name);
  return { TableDescription: describeTable(table) };
};
