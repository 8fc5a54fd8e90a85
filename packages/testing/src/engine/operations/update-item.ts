import type { UpdateItemInput } from '@aws-sdk/client-dynamodb';
import type { Operation } from '../operation-context';
import { checkCommonParameters } from '../requests/common-parameters';
import { checkUpdate, prepareUpdate, runSingleWrite, type CheckedUpdate } from '../writes';

export const updateItem: Operation<UpdateItemInput, { input: UpdateItemInput; write: CheckedUpdate }> = {
  check: (input) => {
    checkCommonParameters(input).notNull(input.Key, 'key').throwIfInvalid();
    return { input, write: checkUpdate(input) };
  },
  run: ({ input, write }, { database, clock }) => runSingleWrite(prepareUpdate(write, database), input, clock.nowMs()),
};
