import type { UpdateTimeToLiveInput } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors';
import type { Operation } from '../operation-context';
import { ConstraintCheck } from '../schema/constraints';

/** UpdateTimeToLive: enabling makes items whose TTL attribute is in the past disappear. */
export const updateTimeToLive: Operation<UpdateTimeToLiveInput, UpdateTimeToLiveInput> = {
  check: (input) => {
    const specification = input.TimeToLiveSpecification;
    new ConstraintCheck()
      .resourceName(input.TableName)
      .notNull(specification, 'timeToLiveSpecification')
      .notNull(specification?.Enabled, 'timeToLiveSpecification.enabled')
      .notNull(specification?.AttributeName, 'timeToLiveSpecification.attributeName')
      .length(specification?.AttributeName, 'timeToLiveSpecification.attributeName', 1, 255)
      .throwIfInvalid();
    return input;
  },
  run: (input, { database }) => {
    const table = database.table(input.TableName!);
    const specification = input.TimeToLiveSpecification!;
    const current = table.definition.timeToLive;
    const enabled = Boolean(specification.Enabled);
    if (enabled && current?.enabled) throw validationError('TimeToLive is already enabled');
    if (!enabled && !current?.enabled) throw validationError('TimeToLive is already disabled');
    table.definition = { ...table.definition, timeToLive: { attributeName: specification.AttributeName!, enabled } };
    return { TimeToLiveSpecification: { Enabled: enabled, AttributeName: specification.AttributeName } };
  },
};
