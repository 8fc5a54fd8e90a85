import type { PutItemInput } from '@aws-sdk/client-dynamodb';
import type { OperationHandler } from '../operation-context';
import { checkCommonParameters, checkReturnValues } from '../requests/common-parameters';
import { preparePut, runSingleWrite } from '../writes';

export const putItem: OperationHandler<PutItemInput> = (input, { database, clock }) => {
  checkCommonParameters(input).notNull(input.Item, 'item').throwIfInvalid();
  checkReturnValues(input.ReturnValues, ['NONE', 'ALL_OLD']);
  return runSingleWrite(preparePut(input, database), input, clock.nowMs());
};
