import type { DeleteItemInput } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors';
import type { OperationHandler } from '../operation-context';
import { checkCommonParameters } from '../requests/common-parameters';
import { prepareDelete, runSingleWrite } from '../writes';

export const deleteItem: OperationHandler<DeleteItemInput> = (input, { database, clock }) => {
  checkCommonParameters(input).notNull(input.Key, 'key').throwIfInvalid();
  if (input.ReturnValues && input.ReturnValues !== 'NONE' && input.ReturnValues !== 'ALL_OLD') {
    throw validationError('Return values set to invalid value');
  }
  return runSingleWrite(prepareDelete(input, database), input, clock.nowMs());
};
