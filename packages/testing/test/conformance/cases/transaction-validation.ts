import type { CaseGroup, ConformanceCase } from '../harness/conformance-case';
import { raw } from '../harness/attribute-values';
import {
  batchGet,
  batchWrite,
  exact,
  T,
  transactGet,
  transactWrite,
  U,
  type Step,
} from '../harness/steps';
import { createTable } from '../harness/tables';

/**
 * Problems a transaction reports per action (a ValidationError cancellation reason: a value of
 * the wrong type for a key or index key, an update of a key attribute) or for the whole
 * request; and table names of batches. Found by the fuzz test (test/fuzz).
 */

const tables: Step[] = [
  createTable({ gsis: [{ name: 'gix', hash: ['g', 'N'] }] }),
  createTable({ table: U, hash: ['pk', 'N'], range: null }),
];

function refused(name: string, request: Step): ConformanceCase {
  return { name, setup: tables, request };
}

export const transactionValidationCases: CaseGroup = {
  area: 'Transaction validation',
  cases: [
    refused(
      'a key of the wrong type cancels the transaction',
      transactWrite([{ Put: { TableName: U, Item: { pk: { S: 'x' } } } }]),
    ),
    refused(
      'the other actions of a cancelled transaction have no reason',
      transactWrite([
        { Put: { TableName: U, Item: { pk: { N: '1' } } } },
        { Delete: { TableName: U, Key: { pk: { S: 'x' } } } },
      ]),
    ),
    refused(
      'an index key of the wrong type cancels the transaction',
      transactWrite([
        { Put: { TableName: T, Item: { pk: { S: 'a' }, sk: { S: 'b' }, g: { S: 'x' } } } },
      ]),
    ),
    refused(
      'an update of a key attribute cancels the transaction',
      transactWrite([
        {
          Update: {
            TableName: U,
            Key: { pk: { N: '2' } },
            UpdateExpression: 'SET pk = :a',
            ExpressionAttributeValues: { ':a': { N: '1' } },
          },
        },
      ]),
    ),
    refused(
      'a condition check with a key of the wrong type cancels the transaction',
      transactWrite([
        {
          ConditionCheck: {
            TableName: U,
            Key: { pk: { S: 'x' } },
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
      ]),
    ),
    refused(
      'a missing key attribute fails the whole request',
      transactWrite([{ Put: { TableName: U, Item: { q: { N: '1' } } } }]),
    ),
    refused(
      'an item with a null value in a transaction',
      exact('TransactWriteItems', {
        TransactItems: [
          { Put: { TableName: T, Item: { pk: { S: 'a' }, sk: { S: 'b' }, c: null } } },
        ],
      }),
    ),
    refused(
      'a TransactGet action without a Get is refused in its turn',
      exact('TransactGetItems', {
        TransactItems: [{ Get: { TableName: T, Key: { pk: { S: 'a' } } } }, { S: 'x' }],
      }),
    ),
    refused(
      'a batch write naming an invalid table',
      batchWrite({
        [T]: [{ DeleteRequest: { Key: { pk: 'a', sk: 'b' } } }],
        ab: [{ DeleteRequest: { Key: { pk: 'a' } } }],
      }),
    ),
    refused(
      'a batch get naming an invalid table',
      batchGet({ [T]: { Keys: [{ pk: 'a', sk: 'b' }] }, 'bad name': { Keys: [{ pk: 'a' }] } }),
    ),
    refused(
      'a batch get checks keys before table names',
      batchGet({ ab: { Keys: [{ pk: raw({ N: 'abc' }) }] } }),
    ),
    refused(
      'a transactional read of a key of the wrong type',
      transactGet([{ Get: { TableName: U, Key: { pk: 'x' } } }]),
    ),
  ],
};
