import type { DescribeTimeToLiveInput } from '@aws-sdk/client-dynamodb';
import type { Operation } from '../operation-context';
import { ConstraintCheck } from '../schema/constraints';

export const describeTimeToLive: Operation<DescribeTimeToLiveInput, string> = {
  check: (input) => {
    new ConstraintCheck().resourceName(input.TableName).throwIfInvalid();
    return input.TableName!;
  },
  run: (tableName, { database }) => {
    const setting = database.table(tableName).definition.timeToLive;
    if (!setting?.enabled) return { TimeToLiveDescription: { TimeToLiveStatus: 'DISABLED' } };
    return { TimeToLiveDescription: { TimeToLiveStatus: 'ENABLED', AttributeName: setting.attributeName } };
  },
};
