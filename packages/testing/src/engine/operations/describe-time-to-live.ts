import type { DescribeTimeToLiveInput } from '@aws-sdk/client-dynamodb';
import type { OperationHandler } from '../operation-context';
import { ConstraintCheck } from '../schema/constraints';

export const describeTimeToLive: OperationHandler<DescribeTimeToLiveInput> = (input, { database }) => {
  new ConstraintCheck().resourceName(input.TableName).throwIfInvalid();
  const setting = database.table(input.TableName!).definition.timeToLive;
  if (!setting?.enabled) return { TimeToLiveDescription: { TimeToLiveStatus: 'DISABLED' } };
  return { TimeToLiveDescription: { TimeToLiveStatus: 'ENABLED', AttributeName: setting.attributeName } };
};
