import type { DeleteItemInput } from '@aws-sdk/client-dynamodb';
import type { OperationHandler } from '../operation-context';
import { checkCommonParameters, checkReturnValues } from '../requests/common-parameters';
import { prepareDelete, runSingleWrite } from '../writes';

export const deleteItem: OperationHandler<DeleteItemInput> = (input, { database, clock }) => {
  checkCommonParameters(input).notNull(input.Key, 'key').throwIfInvalid();
  checkReturnValues(input.ReturnValues, ['NONE', 'ALL_OLD']);
  return runSingleWrite(prepareDelete(input, database), input, clock.nowMs());
};
