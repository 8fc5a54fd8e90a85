import type { CaseGroup, ConformanceCase } from '../harness/conformance-case';
import { exact, T, type OperationName, type StepInput } from '../harness/steps';
import { simpleTable } from '../harness/tables';

/**
 * Error bodies as sent (exact-JSON steps compare `__type` and the spelling of the message
 * member): validation errors are Coral's, `com.amazon.coral.validate#ValidationException` with a
 * capitalised `Message`, whichever check refuses the request.
 */

const KEY = { pk: { S: 'v' }, sk: { S: '1' } };

function refused(name: string, op: OperationName, input: StepInput): ConformanceCase {
  return {
    name,
    setup: [simpleTable(), exact('PutItem', { TableName: T, Item: KEY })],
    request: exact(op, input),
  };
}

export const errorBodyCases: CaseGroup = {
  area: 'Error bodies',
  cases: [
    refused('a key that does not match the schema', 'GetItem', {
      TableName: T,
      Key: { pk: { S: 'v' } },
    }),
    refused('a Limit below 1', 'Scan', { TableName: T, Limit: 0 }),
    refused('an invalid table name', 'DescribeTable', { TableName: 'ab' }),
    refused('an expression syntax error', 'Query', {
      TableName: T,
      KeyConditionExpression: 'pk = ',
    }),
    refused('an enum constraint', 'PutItem', { TableName: T, Item: KEY, ReturnValues: 'ALL_NEW' }),
    refused('an UpdateTable that changes nothing', 'UpdateTable', { TableName: T }),
    refused('a cancelled transaction', 'TransactWriteItems', {
      TransactItems: [
        { Put: { TableName: T, Item: KEY, ConditionExpression: 'attribute_not_exists(pk)' } },
      ],
    }),
  ],
};
