import type { PutItemInput } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors';
import type { OperationHandler } from '../operation-context';
import { checkCommonParameters } from '../requests/common-parameters';
import { preparePut, runSingleWrite } from '../writes';

export const putItem: OperationHandler<PutItemInput> = (input, { database, clock }) => {
  checkCommonParameters(input).notNull(input.Item, 'item').throwIfInvalid();
  if (input.ReturnValues && input.ReturnValues !== 'NONE' && input.ReturnValues !== 'ALL_OLD') {
    throw validationError('Return values set to invalid value');
  }
  return runSingleWrite(preparePut(input, database), input, clock.nowMs());
};
