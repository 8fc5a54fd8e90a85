import type { PutItemInput } from '@aws-sdk/client-dynamodb';
import type { Operation } from '../operation-context';
import { checkCommonParameters, checkReturnValues } from '../requests/common-parameters';
import { checkPut, preparePut, runSingleWrite, type CheckedPut } from '../writes';

export const putItem: Operation<PutItemInput, { input: PutItemInput; write: CheckedPut }> = {
  check: (input) => {
    checkCommonParameters(input).notNull(input.Item, 'item').throwIfInvalid();
    checkReturnValues(input.ReturnValues, ['NONE', 'ALL_OLD']);
    return { input, write: checkPut(input) };
  },
  run: ({ input, write }, { database, clock }) => runSingleWrite(preparePut(write, database), input, clock.nowMs()),
};
