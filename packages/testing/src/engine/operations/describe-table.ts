import type { DescribeTableInput } from '@aws-sdk/client-dynamodb';
import type { Operation } from '../operation-context';
import { ConstraintCheck } from '../schema/constraints';
import { describeTable as renderDescription } from '../schema/describe-table';

export const describeTable: Operation<DescribeTableInput, string> = {
  check: (input) => {
    new ConstraintCheck().resourceName(input.TableName).throwIfInvalid();
    return input.TableName!;
  },
  run: (tableName, { database }) => ({ Table: renderDescription(database.table(tableName)) }),
};
