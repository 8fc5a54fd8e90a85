import type { DescribeTableInput } from '@aws-sdk/client-dynamodb';
import type { OperationHandler } from '../operation-context';
import { ConstraintCheck } from '../schema/constraints';
import { describeTable as renderDescription } from '../schema/describe-table';

export const describeTable: OperationHandler<DescribeTableInput> = (input, { database }) => {
  new ConstraintCheck().resourceName(input.TableName).throwIfInvalid();
  const table = database.table(input.TableName!);
  return { Table: renderDescription(table) };
};
