import type { DeleteItemInput } from '@aws-sdk/client-dynamodb';
import type { Operation } from '../operation-context';
import { checkCommonParameters, checkReturnValues } from '../requests/common-parameters';
import { checkDelete, prepareDelete, runSingleWrite, type CheckedDelete } from '../writes';

export const deleteItem: Operation<DeleteItemInput, { input: DeleteItemInput; write: CheckedDelete }> = {
  check: (input) => {
    checkCommonParameters(input).notNull(input.Key, 'key').throwIfInvalid();
    checkReturnValues(input.ReturnValues, ['NONE', 'ALL_OLD']);
    return { input, write: checkDelete(input) };
  },
  run: ({ input, write }, { database, clock }) => runSingleWrite(prepareDelete(write, database), input, clock.nowMs()),
};
