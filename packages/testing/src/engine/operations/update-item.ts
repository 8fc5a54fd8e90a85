import type { UpdateItemInput } from '@aws-sdk/client-dynamodb';
import type { OperationHandler } from '../operation-context';
import { checkCommonParameters } from '../requests/common-parameters';
import { prepareUpdate, runSingleWrite } from '../writes';

export const updateItem: OperationHandler<UpdateItemInput> = (input, { database, clock }) => {
  checkCommonParameters(input).notNull(input.Key, 'key').throwIfInvalid();
  return runSingleWrite(prepareUpdate(input, database), input, clock.nowMs());
};
